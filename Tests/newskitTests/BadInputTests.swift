import Foundation
import Testing
import TestSupport

/// One test per bad input of the foundation issue, run through the built binary as a user would:
/// each checks the exit code (0 done, 1 failed, 2 usage) and that the message names the file and
/// the place in it. Reader-level details are in `CoreTests/Readers`.
@Suite struct BadInputTests {
    let folder: URL

    init() throws {
        folder = try Fixtures.temporaryFolder("newskit-bad-input")
    }

    /// Runs `newskit export ARGUMENTS --format json --no-entities` in the test's folder.
    func export(_ arguments: [String], output: String = "out.json", input: Data? = nil) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["export"] + arguments + ["--format", "json", "--no-entities", "--output", output], in: folder, input: input)
    }

    func write(_ contents: String, _ name: String) throws {
        try Fixtures.write(contents, to: name, in: folder)
    }

    func write(_ bytes: Data, _ name: String) throws {
        try bytes.write(to: folder.appendingPathComponent(name))
    }

    var outputExists: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.json").path) }

    @Test func missingPath() throws {
        let result = try export(["nope.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("newskit: error: nope.txt: no such file or directory"))
        #expect(!outputExists)
    }

    /// Tests run as root in CI, so `chmod 000` cannot make a file unreadable. Two honest ways that
    /// hold for root too: a path through a regular file (ENOTDIR from stat), and /proc/self/mem,
    /// which opens but fails to read at offset 0 (EIO).
    @Test func unreadableFile() throws {
        try write("x", "file.txt")
        let result = try export(["file.txt/article.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("file.txt/article.txt: cannot be read (Not a directory)"))
        if FileManager.default.fileExists(atPath: "/proc/self/mem") {
            let mem = try export(["/proc/self/mem"])
            #expect(mem.status == 1)
            #expect(mem.stderr.contains("/proc/self/mem: cannot be read (Input/output error)"))
        }
        #expect(!outputExists)
    }

    @Test func directoryWithNoArticles() throws {
        try write("# notes\n", "empty-dir/README.md")
        let result = try export(["empty-dir"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("newskit: error: no articles found in empty-dir."))
        #expect(result.stderr.contains("1 file in the input folders skipped"))
    }

    @Test func emptyFile() throws {
        try write("", "empty.txt")
        let result = try export(["empty.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("warning: empty.txt: empty file, skipped"))
        #expect(result.stderr.contains("error: no articles found in empty.txt"))
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        try write(Data("Caf".utf8) + Data([0xE9]) + Data(" opens\n\nThe text.\n".utf8), "latin1.txt")
        let result = try export(["latin1.txt"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: latin1.txt: invalid UTF-8 at byte 3 (1 sequence replaced with U+FFFD)"))
        let corpus = try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8)
        #expect(corpus.contains("\"title\":\"Caf\u{FFFD} opens\""))
    }

    @Test func binaryFile() throws {
        try write(Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00]), "archive.txt")
        let result = try export(["archive.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: archive.txt: looks like a binary file (NUL byte at byte 3)"))
        #expect(!outputExists)
    }

    @Test func malformedJSONLLineStopsWithFileAndLine() throws {
        try write("{\"text\":\"a\"}\n{\"text\": \"b\" \"c\"}\n{\"text\":\"c\"}\n", "feed.jsonl")
        let result = try export(["feed.jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: feed.jsonl:2: malformed JSON"))
        #expect(result.stderr.contains("--skip-invalid"))
        #expect(!outputExists)
    }

    @Test func malformedJSONLLineIsSkippedAndCountedWithSkipInvalid() throws {
        try write("{\"text\":\"a\"}\n{\"text\": \"b\" \"c\"}\n{\"text\":\"c\"}\n", "feed.jsonl")
        let result = try export(["feed.jsonl", "--skip-invalid"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning: feed.jsonl:2: skipped: feed.jsonl:2: malformed JSON"))
        #expect(result.stderr.contains("warning: feed.jsonl: 1 invalid line skipped (--skip-invalid), 2 read"))
        #expect(outputExists)
    }

    @Test(arguments: [
        ("{\"text\": 5}", "feed.jsonl:1: expected a string for \"text\", found a number"),
        ("{\"text\": \"a\", \"title\": []}", "feed.jsonl:1: expected a string for \"title\", found an array"),
        ("{\"text\": \"a\", \"id\": true}", "feed.jsonl:1: expected a string or a number for \"id\", found a boolean"),
    ])
    func wrongJSONTypes(line: String, message: String) throws {
        try write(line + "\n", "feed.jsonl")
        let result = try export(["feed.jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: \(message)"))
    }

    @Test func enormousLineOverTheLimit() throws {
        try write("{\"text\":\"a\"}\n{\"text\":\"\(String(repeating: "x", count: 5000))\"}\n", "feed.jsonl")
        let result = try export(["feed.jsonl", "--max-document-bytes", "1000"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: feed.jsonl:2: the line is longer than the limit of 1000 bytes for one document. Raise it with --max-document-bytes"))
    }

    @Test func enormousFileOverTheLimit() throws {
        try write(String(repeating: "Words and more words. ", count: 100), "long.txt")
        let result = try export(["long.txt", "--max-document-bytes", "1000"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: long.txt: 2200 bytes is over the limit of 1000 bytes for one document."))
    }

    @Test func outputInAMissingFolderIsCreated() throws {
        try write("Headline\n\nBody.\n", "a.txt")
        let result = try export(["a.txt"], output: "new/deeper/out.json")
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("new/deeper/out.json").path))
    }

    @Test func outputWhoseParentIsAFileFails() throws {
        try write("Headline\n\nBody.\n", "a.txt")
        try write("not a folder", "taken")
        let result = try export(["a.txt"], output: "taken/out.json")
        #expect(result.status == 1)
        #expect(result.stderr.contains("taken/out.json"))
        #expect(result.stderr.contains("is a file, so it cannot hold the output"))
    }

    @Test func outputEqualToAnInputIsRefused() throws {
        try write("{\"text\":\"a\"}\n", "feed.jsonl")
        let before = try Data(contentsOf: folder.appendingPathComponent("feed.jsonl"))
        let same = try export(["feed.jsonl"], output: "./feed.jsonl")
        #expect(same.status == 2)
        #expect(same.stderr.contains("--output ./feed.jsonl is also an input (feed.jsonl)"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.jsonl").path, withDestinationPath: "feed.jsonl")
        let linked = try export(["feed.jsonl"], output: "link.jsonl")
        #expect(linked.status == 2)
        #expect(try Data(contentsOf: folder.appendingPathComponent("feed.jsonl")) == before)
    }

    @Test func existingOutputIsReplacedWhole() throws {
        try write("Headline\n\nBody.\n", "a.txt")
        try write("old content", "out.json")
        let result = try export(["a.txt"])
        #expect(result.status == 0)
        let written = try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8)
        #expect(written.hasPrefix("{\"format\":\"newskit-corpus\""))
        #expect(written.hasSuffix("}\n"))
        #expect(try leftovers().isEmpty)
    }

    @Test func failedExportLeavesTheOldOutputAndNoTemporaryFile() throws {
        try write("{\"text\": 5}\n", "bad.jsonl")
        try write("old content", "out.json")
        let result = try export(["bad.jsonl"])
        #expect(result.status == 1)
        #expect(try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8) == "old content")
        #expect(try leftovers().isEmpty)
    }

    @Test func standardInputJSONL() throws {
        let result = try export(["-"], output: "-", input: Data("{\"id\":\"x1\",\"text\":\"From a pipe.\"}\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"id\":\"x1\""))
        #expect(result.stdout.contains("\"path\":\"-\""))
    }

    @Test func standardInputPlainText() throws {
        let result = try export(["-"], output: "-", input: Data("Piped headline\n\nPiped body.\n".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"id\":\"stdin\""))
        #expect(result.stdout.contains("\"title\":\"Piped headline\""))
        #expect(result.stderr.isEmpty)
    }

    @Test func standardInputMalformedLineNamesStdin() throws {
        let result = try export(["-"], output: "-", input: Data("{\"text\":\"a\"}\n{oops}\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: -:2: malformed JSON"))
    }

    @Test func noProgressOrWarningsOnStandardErrorWhenItIsNotATerminal() throws {
        let result = try export([Fixtures.samples.appendingPathComponent("articles.jsonl").path], output: "-")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("{\"format\":\"newskit-corpus\""))
    }

    /// Files beside the output other than the inputs and the output itself: temporary files.
    func leftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") && $0.contains("newskit") }
    }
}

extension BadInputTests {
    @Test func truncatedGzipNamesTheFile() throws {
        // Two JSON lines, gzip -n -9, cut after 40 of its 77 bytes.
        let full = Data(base64Encoded: "H4sIAAAAAAACA6tWykxRslJKN1TSUSpJrSgBst0yi4pL9JRquaqhckYIueDU5Py8FJAkAG9YIpY5AAAA")!
        try write(full.prefix(40), "feed.jsonl.gz")
        let result = try export(["feed.jsonl.gz"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: feed.jsonl.gz: the gzip data ends early, after 40 compressed bytes: the file is truncated."))
        #expect(!outputExists)
    }
}
