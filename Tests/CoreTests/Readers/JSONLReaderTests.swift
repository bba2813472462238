import Core
import Foundation
import Testing
import TestSupport

/// Reader-level bad inputs for JSON Lines; the CLI side is in `newskitTests/BadInputTests`.
@Suite struct JSONLReaderTests {
    func read(_ contents: String, skipInvalid: Bool = false, limit: Int? = nil, diagnostics: DiagnosticCollector = DiagnosticCollector()) throws -> [Document] {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Fixtures.write(contents, to: "feed.jsonl", in: folder)
        var options = ReadOptions()
        options.skipInvalid = skipInvalid
        if let limit { options.maxDocumentBytes = limit }
        let corpus = try CorpusReader(context: ReadContext(options: options, diagnostics: diagnostics)).read(paths: [url.path])
        return try corpus.documents.loadAll()
    }

    func readError(_ contents: String) -> String {
        do {
            _ = try read(contents)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func keysBecomeFieldsAndUnknownKeysMetadata() throws {
        let docs = try read(#"{"id":"a1","title":" T ","date":"2022-02-28","source":"Reuters","url":"https://x.test/a","text":"One.\r\n\r\n\r\nTwo.  ","tags":["x"]}"# + "\n")
        #expect(docs.count == 1)
        #expect(docs[0].id == "a1" && docs[0].title == "T" && docs[0].date == "2022-02-28")
        #expect(docs[0].source == "Reuters" && docs[0].url == "https://x.test/a")
        #expect(docs[0].text == "One.\n\nTwo.")
        #expect(docs[0].metadata["tags"] == .array([.string("x")]))
        #expect(docs[0].origin?.line == 1)
    }

    @Test func missingIDsBecomeFileColonLine() throws {
        let docs = try read("\n{\"text\":\"a\"}\n{\"id\":7,\"text\":\"b\"}\n")
        #expect(docs.map(\.id) == ["feed.jsonl:2", "7"])
    }

    @Test func malformedLineNamesFileAndLine() {
        let message = readError("{\"text\":\"ok\"}\n{\"text\": \"broken\"\n")
        #expect(message.contains("feed.jsonl:2: malformed JSON"))
        #expect(message.contains("--skip-invalid"))
    }

    @Test func skipInvalidGoesOnAndCountsTheSkippedLines() throws {
        let diagnostics = DiagnosticCollector()
        let docs = try read("{\"text\":\"a\"}\nnot json\n{\"text\":5}\n{\"text\":\"b\"}\n", skipInvalid: true, diagnostics: diagnostics)
        #expect(docs.map(\.text) == ["a", "b"])
        let messages = diagnostics.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains("feed.jsonl:2") && $0.contains("malformed JSON") })
        #expect(messages.contains { $0.contains("feed.jsonl:3") && $0.contains("found a number") })
        #expect(messages.contains { $0.contains("2 invalid lines skipped") })
    }

    @Test func textThatIsANumberIsAWrongType() {
        #expect(readError("{\"text\": 5}\n").contains("feed.jsonl:1: expected a string for \"text\", found a number"))
    }

    @Test func titleThatIsAnArrayIsAWrongType() {
        #expect(readError("{\"text\": \"a\", \"title\": []}\n").contains("feed.jsonl:1: expected a string for \"title\", found an array"))
    }

    @Test func idThatIsABooleanIsAWrongType() {
        #expect(readError("{\"text\": \"a\", \"id\": true}\n").contains("feed.jsonl:1: expected a string or a number for \"id\", found a boolean"))
    }

    @Test func lineThatIsNotAnObjectIsAWrongType() {
        #expect(readError("[1, 2]\n").contains("feed.jsonl:1: expected an object"))
    }

    @Test func missingTextIsNamed() {
        #expect(readError("{\"title\": \"a\"}\n").contains("feed.jsonl:1: missing \"text\""))
    }

    @Test func invalidUTF8IsReplacedWithAWarningNamingLineAndByteOffset() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("feed.jsonl")
        // Line 2 starts at byte 13; its 0xE9 sits 12 bytes in, at byte 25 of the file.
        var bytes = Data("{\"text\":\"a\"}\n".utf8) + Data("{\"text\":\"caf".utf8)
        bytes.append(0xE9)
        bytes.append(contentsOf: Array("\"}\n".utf8))
        try bytes.write(to: url)
        let diagnostics = DiagnosticCollector()
        let docs = try CorpusReader(context: ReadContext(diagnostics: diagnostics)).read(paths: [url.path]).documents.loadAll()
        #expect(docs.map(\.text) == ["a", "caf\u{FFFD}"])
        #expect(diagnostics.diagnostics.map(\.description) == [
            "warning: \(url.path):2: invalid UTF-8 at byte 25 (1 sequence replaced with U+FFFD); re-encode the file as UTF-8 to keep those characters",
        ])
    }

    @Test func lineOverTheLimitFailsAndIsSkippedWithSkipInvalid() throws {
        let big = "{\"text\":\"\(String(repeating: "x", count: 2000))\"}"
        let contents = "{\"text\":\"a\"}\n\(big)\n{\"text\":\"b\"}\n"
        do {
            _ = try read(contents, limit: 1000)
            Issue.record("an over-long line was read")
        } catch let error as ReadError {
            #expect("\(error)".contains("feed.jsonl:2: the line is longer than the limit of 1000 bytes"))
        }
        let docs = try read(contents, skipInvalid: true, limit: 1000)
        #expect(docs.map(\.text) == ["a", "b"])
    }

    @Test func emptyOrBlankFileIsSkippedWithAWarningAndNoArticlesIsAnError() throws {
        let diagnostics = DiagnosticCollector()
        do {
            _ = try read("\n  \n", diagnostics: diagnostics)
            Issue.record("a blank file gave documents")
        } catch let error as ReadError {
            #expect("\(error)".hasPrefix("no articles found in"))
        }
        #expect(diagnostics.diagnostics.contains { $0.location.hasSuffix("feed.jsonl") && $0.message == "empty file, skipped" })
    }

    @Test func bodiesAreLoadedLazilyAndAChangedFileIsRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Fixtures.write("{\"id\":\"a\",\"text\":\"first\"}\n{\"id\":\"b\",\"text\":\"second\"}\n", to: "feed.jsonl", in: folder)
        let corpus = try CorpusReader().read(paths: [url.path])
        #expect(try corpus.documents.document(at: 1).text == "second")
        try Data("{\"id\":\"a\",\"text\":\"first\"}\n{\"id\":\"b\",\"text\":\"SECOND\"}\n".utf8).write(to: url)
        #expect(throws: ReadError.changedSinceRead(path: url.path)) { try corpus.documents.document(at: 1) }
    }
}
