import Core
import Foundation
import Testing
import TestSupport

@Suite struct CorpusMergeTests {
    @Test func theSameArticleReadTwiceIsKeptOnceWithANote() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.write("Storm hits coast\n\nWinds reached the town.", to: "a.txt", in: folder)
        try Fixtures.write(#"{"id": "a", "title": "Storm hits coast", "text": "Winds reached the town."}"# + "\n", to: "b.jsonl", in: folder)
        let diagnostics = DiagnosticCollector()
        let corpus = try CorpusReader(context: ReadContext(diagnostics: diagnostics)).read(paths: [folder.path])
        #expect(corpus.documents.headers.map(\.id) == ["a"])
        let note = try #require(diagnostics.diagnostics.first { $0.message.contains("already read") })
        #expect(note.severity == .note)
        #expect(note.location.hasSuffix("b.jsonl"))
    }

    @Test func aDifferentArticleWithTheSameIdIsRenamedWithAWarning() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.write("Storm hits coast\n\nWinds reached the town.", to: "a.txt", in: folder)
        try Fixtures.write(#"{"id": "a", "text": "Something else entirely."}"# + "\n", to: "b.jsonl", in: folder)
        let diagnostics = DiagnosticCollector()
        let corpus = try CorpusReader(context: ReadContext(diagnostics: diagnostics)).read(paths: [folder.path])
        #expect(corpus.documents.headers.map(\.id) == ["a", "a-2"])
        #expect(try corpus.documents.document(at: 1).text == "Something else entirely.")
        #expect(diagnostics.diagnostics.contains { $0.severity == .warning && $0.message.contains("renamed to \"a-2\"") })
    }
}
