import Core
import Foundation
import Testing
import TestSupport

/// Reader-level bad inputs that are not about one format; the CLI side is in `newskitTests/BadInputTests`.
@Suite struct CorpusReaderTests {
    func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func missingPathIsNamed() {
        #expect(message { _ = try CorpusReader().read(paths: ["/nonexistent/article.txt"]) }
            == "/nonexistent/article.txt: no such file or directory. Check the path.")
    }

    /// Tests run as root in CI, where `chmod 000` cannot make a file unreadable. A path whose
    /// parent is a regular file fails `stat(2)` with ENOTDIR for every user, root included.
    @Test func pathUnderARegularFileIsUnreadableWithTheSystemsReason() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try Fixtures.write("x", to: "file.txt", in: folder)
        let path = file.appendingPathComponent("article.txt").path
        #expect(message { _ = try CorpusReader().read(paths: [path]) }.hasPrefix("\(path): cannot be read (Not a directory)"))
    }

    /// A file that opens but fails to read: /proc/self/mem gives EIO at offset 0, for root too.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/mem")))
    func fileThatFailsToReadIsUnreadable() {
        #expect(message { _ = try CorpusReader().read(paths: ["/proc/self/mem"]) }
            .hasPrefix("/proc/self/mem: cannot be read (Input/output error)"))
    }

    @Test func symbolicLinkLoopAndDanglingLinkAreUnreadable() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let loop = folder.appendingPathComponent("loop.txt").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: "loop.txt")
        let dangling = folder.appendingPathComponent("gone.txt").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere.txt")
        #expect(message { _ = try CorpusReader().read(paths: [loop]) }.hasPrefix("\(loop): cannot be read (Too many levels of symbolic links)"))
        #expect(message { _ = try CorpusReader().read(paths: [dangling]) }.hasPrefix("\(dangling): cannot be read (a symbolic link to a missing file)"))
    }

    @Test func folderWithoutArticlesSaysWhatNewskitReads() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.write("# notes", to: "README.md", in: folder)
        try Fixtures.write("#!/bin/sh\n", to: "tools/run", in: folder)
        let diagnostics = DiagnosticCollector()
        let text = message { _ = try CorpusReader(context: ReadContext(diagnostics: diagnostics)).read(paths: [folder.path]) }
        #expect(text.hasPrefix("no articles found in \(folder.path)."))
        #expect(text.contains(".txt, .jsonl"))
        #expect(diagnostics.diagnostics.map(\.message) == ["2 files in the input folders skipped: not an article format newskit reads"])
    }

    @Test func emptyTextFileIsSkippedWithAWarning() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try Fixtures.write("", to: "empty.txt", in: folder)
        try Fixtures.write("Headline\n\nBody.", to: "full.txt", in: folder)
        let diagnostics = DiagnosticCollector()
        let corpus = try CorpusReader(context: ReadContext(diagnostics: diagnostics)).read(paths: [folder.path])
        #expect(corpus.documents.headers.map(\.id) == ["full"])
        #expect(diagnostics.diagnostics.map(\.description) == ["warning: \(folder.path)/empty.txt: empty file, skipped"])
        _ = empty
    }

    @Test func invalidUTF8InTextIsReplacedWithAWarningNamingTheByteOffset() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("latin1.txt")
        try (Data("Caf".utf8) + Data([0xE9]) + Data(" opens.\n".utf8)).write(to: url)
        let diagnostics = DiagnosticCollector()
        let document = try CorpusReader(context: ReadContext(diagnostics: diagnostics)).read(paths: [url.path]).documents.document(at: 0)
        #expect(document.text == "Caf\u{FFFD} opens.")
        #expect(diagnostics.diagnostics.first?.location == url.path)
        #expect(diagnostics.diagnostics.first?.message.hasPrefix("invalid UTF-8 at byte 3 (1 sequence replaced") == true)
    }

    @Test func binaryFileNamesTheFirstNULByte() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]).write(to: url)
        #expect(message { _ = try CorpusReader().read(paths: [url.path]) }
            == "\(url.path): looks like a binary file (NUL byte at byte 4), not an article. Remove it from the inputs.")
    }

    @Test func textFileOverTheLimitIsRefusedBeforeReading() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Fixtures.write(String(repeating: "word ", count: 400), to: "big.txt", in: folder)
        var options = ReadOptions()
        options.maxDocumentBytes = 1000
        #expect(message { _ = try CorpusReader(context: ReadContext(options: options)).read(paths: [url.path]) }
            .hasPrefix("\(url.path): 2000 bytes is over the limit of 1000 bytes for one document."))
    }

    @Test func standardInputIsSniffedAsJSONLinesOrText() throws {
        let jsonl = try CorpusReader().read(paths: ["-"], standardInput: { Data("{\"text\":\"a\"}\n{\"text\":\"b\"}\n".utf8) })
        #expect(try jsonl.documents.loadAll().map(\.id) == ["stdin:1", "stdin:2"])
        let text = try CorpusReader().read(paths: ["-"], standardInput: { Data("Headline\n\nBody text.\n".utf8) })
        #expect(try text.documents.loadAll().map(\.id) == ["stdin"])
        #expect(text.documents.headers.first?.title == "Headline")
        let array = try CorpusReader().read(paths: ["-"], standardInput: { Data("[{\"text\":\"a\"}]".utf8) })
        #expect(array.documents.count == 1)
    }

    @Test func extensionlessFilesInFoldersAreNotArticles() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.write("#!/usr/bin/env python3\nprint('plugin')\n", to: "plugins/newskit-export-kml", in: folder)
        try Fixtures.write("Headline\n\nBody.", to: "a.txt", in: folder)
        let corpus = try CorpusReader().read(paths: [folder.path])
        #expect(corpus.documents.headers.map(\.id) == ["a"])
    }

    @Test func progressReportsEveryByteOfEveryFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.write("Headline\n\nBody.", to: "a.txt", in: folder)
        try Fixtures.write("{\"text\":\"x\"}\n{\"text\":\"y\"}\n", to: "b.jsonl", in: folder)
        let box = ProgressBox()
        _ = try CorpusReader(progress: { box.append($0, $1) }).read(paths: [folder.path])
        let reports = box.reports
        #expect(reports.last?.done == 41 && reports.last?.total == 41)
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.done <= $1.done })
    }
}

private final class ProgressBox: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [(done: Int64, total: Int64)] = []
    func append(_ done: Int64, _ total: Int64) {
        lock.lock(); list.append((done, total)); lock.unlock()
    }
    var reports: [(done: Int64, total: Int64)] {
        lock.lock(); defer { lock.unlock() }
        return list
    }
}
