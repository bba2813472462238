import Foundation
import Testing
import TestSupport

/// An export never removes what newskit did not write (README, "Where output goes"): each test
/// runs the built binary as a user would and then looks at what is on disk.
@Suite struct OutputSafetyTests {
    let folder: URL

    init() throws {
        folder = try Fixtures.temporaryFolder("newskit-output-safety")
        try write("Storm hits coast\n\nWinds reached the town of Dover.\n", "data/a.txt")
        try write("my notes\n", "data/notes.md")
    }

    func write(_ contents: String, _ name: String) throws {
        try Fixtures.write(contents, to: name, in: folder)
    }

    func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments, in: folder)
    }

    /// `newskit export INPUTS --format csv --no-entities --output OUTPUT MORE`.
    func exportCSV(_ inputs: [String], to output: String, _ more: [String] = []) throws -> BinaryRunner.Result {
        try run(["export"] + inputs + ["--format", "csv", "--no-entities", "--output", output] + more)
    }

    /// The files under `name`, relative to it, sorted.
    func listing(_ name: String) throws -> [String] {
        try Fixtures.files(in: folder.appendingPathComponent(name)).keys.sorted()
    }

    func contents(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    let tables = [".newskit-output.json", "datapackage.json", "documents.csv", "entities.csv", "mentions.csv"]

    @Test func aFolderHoldingAnInputIsRefused() throws {
        let result = try exportCSV(["data/a.txt"], to: "data")
        #expect(result.status == 2)
        #expect(result.stderr.contains("--output data holds the input data/a.txt; writing there would delete it"))
        #expect(try listing("data") == ["a.txt", "notes.md"])
        let forced = try exportCSV(["data/a.txt"], to: "data/../data", ["--force"])
        #expect(forced.status == 2)
        #expect(try listing("data") == ["a.txt", "notes.md"])
    }

    @Test func anOutputInsideAnInputFolderIsRefused() throws {
        let result = try run(["export", "data", "--format", "json", "--no-entities", "--output", "data/out/corpus.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("lies inside the input data"))
        #expect(try listing("data") == ["a.txt", "notes.md"])
    }

    @Test func anUnrelatedNonEmptyFolderIsRefusedBeforeReading() throws {
        try write("keep me\n", "other/keep.txt")
        // The input does not exist: the refusal comes first, so nothing was read.
        let result = try exportCSV(["missing.txt"], to: "other")
        #expect(result.status == 1)
        #expect(result.stderr.contains("other: the output folder holds files newskit did not write (keep.txt)"))
        #expect(result.stderr.contains("--force"))
        #expect(!result.stderr.contains("missing.txt"))
        #expect(try listing("other") == ["keep.txt"])
    }

    @Test func theCurrentFolderAndItsAncestorsAreRefusedEvenWithForce() throws {
        for output in [".", "./", "..", "/", folder.path] {
            let result = try exportCSV(["data/a.txt"], to: output, ["--force"])
            #expect(result.status == 2, "\(output)")
            #expect(result.stderr.contains("newskit never replaces it, even with --force"), "\(output)")
        }
        #expect(try listing("data") == ["a.txt", "notes.md"])
        #expect(try listing(".") == ["data/a.txt", "data/notes.md"])
    }

    @Test func aSymlinkToAnInputsFolderIsRefused() throws {
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link").path, withDestinationPath: "data")
        let result = try exportCSV(["data/a.txt"], to: "link", ["--force"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--output link holds the input data/a.txt"))
        #expect(try listing("data") == ["a.txt", "notes.md"])
    }

    @Test func aPreviousOutputIsReplacedButNotOnceSomethingWasAdded() throws {
        #expect(try exportCSV(["data/a.txt"], to: "tables").status == 0)
        #expect(try listing("tables") == tables)
        #expect(try contents("tables/.newskit-output.json")
            == #"{"files":["datapackage.json","documents.csv","entities.csv","mentions.csv"],"format":"newskit-output","output":"csv","version":1}"# + "\n")
        try write("Another headline\n\nOther words.\n", "b.txt")
        #expect(try exportCSV(["b.txt"], to: "tables").status == 0)
        #expect(try contents("tables/documents.csv").contains("Another headline"))
        #expect(try listing("tables") == tables)
        // Once the user adds a file, the folder is no longer only newskit's.
        try write("mine\n", "tables/analysis.md")
        let refused = try exportCSV(["data/a.txt"], to: "tables")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("holds files the previous csv output did not write (analysis.md)"))
        #expect(try contents("tables/documents.csv").contains("Another headline"))
        #expect(try listing("tables") == (tables + ["analysis.md"]).sorted())
    }

    @Test func forceReplacesAForeignFolder() throws {
        try write("keep me\n", "other/keep.txt")
        let result = try exportCSV(["data/a.txt"], to: "other", ["--force"])
        #expect(result.status == 0)
        #expect(try listing("other") == tables)
    }

    @Test func severalFormatsIntoOneFolderWriteOnlyTheirNames() throws {
        try write("keep me\n", "out/keep.txt")
        let result = try run(["export", "data/a.txt", "--format", "csv", "--format", "json", "--no-entities", "--output", "out"])
        #expect(result.status == 0)
        #expect(try listing("out") == ["corpus.json", "keep.txt"] + tables.map { "tables/" + $0 })
    }

    @Test func mergeFollowsTheSameRules() throws {
        #expect(try run(["extract", "data/a.txt", "--output", "a.partial.jsonl", "--quiet"]).status == 0)
        try write("keep me\n", "other/keep.txt")
        let refused = try run(["merge", "a.partial.jsonl", "--format", "csv", "--output", "other"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("other: the output folder holds files newskit did not write"))
        #expect(try listing("other") == ["keep.txt"])
        let inside = try run(["merge", "a.partial.jsonl", "--format", "csv", "--output", "."])
        #expect(inside.status == 2)
        #expect(try run(["merge", "a.partial.jsonl", "--format", "csv", "--output", "tables"]).status == 0)
        #expect(try listing("tables") == tables)
    }
}
