import Core
import Foundation
import Testing
import TestSupport

/// `samples/*.txt` and `samples/articles.jsonl` are the same five articles in two formats; both
/// must read to the same documents, so later stages find the same entities in either.
@Suite struct SampleInputsTests {
    @Test func textFilesAndJSONLinesReadToTheSameDocuments() throws {
        let fromText = try CorpusReader().read(paths: Fixtures.sampleTextFiles().map(\.path)).documents.loadAll()
        let fromJSONL = try CorpusReader().read(paths: [Fixtures.samples.appendingPathComponent("articles.jsonl").path]).documents.loadAll()
        #expect(fromText.count == 5)
        #expect(fromJSONL.map(\.id) == fromText.map(\.id))
        #expect(fromJSONL.map(\.title) == fromText.map(\.title))
        #expect(fromJSONL.map(\.date) == fromText.map(\.date))
        for (text, jsonl) in zip(fromText, fromJSONL) {
            #expect(jsonl.text == text.text, "text of \(text.id) differs")
        }
    }

    @Test func onlyTheArticleThatStatesItsDateHasOne() throws {
        let documents = try CorpusReader().read(paths: [Fixtures.samples.appendingPathComponent("articles.jsonl").path]).documents.loadAll()
        #expect(documents.compactMap(\.date) == ["2022-02-28"])
        #expect(documents.allSatisfy { $0.url == nil })
    }
}
