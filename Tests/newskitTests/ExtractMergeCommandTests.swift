import Foundation
import Testing
import TestSupport

/// `newskit extract` then `newskit merge`, run as a user runs them: the same bytes as one
/// `newskit export`, however the corpus is split, and clear errors for bad partial files.
@Suite struct ExtractMergeCommandTests {
    private static let environment = ["SOURCE_DATE_EPOCH": "0"]

    private func run(_ arguments: [String]) throws -> BinaryRunner.Result {
        let result = try BinaryRunner.run(arguments, environment: Self.environment)
        #expect(result.status == 0, "newskit \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    private func files(_ folder: URL) throws -> [String: Data] { try Fixtures.files(in: folder) }

    private let formats = ["--format", "csv", "--format", "geojson", "--format", "json"]

    @Test func exportIsExtractThenMerge() throws {
        let work = try Fixtures.temporaryFolder("newskit-extract")
        _ = try run(["export", "samples"] + formats + ["--output", work.appendingPathComponent("export").path, "--quiet"])
        let part = work.appendingPathComponent("samples.partial.jsonl").path
        _ = try run(["extract", "samples", "--output", part, "--quiet"])
        _ = try run(["merge", part] + formats + ["--output", work.appendingPathComponent("merge").path, "--quiet"])
        let exported = try files(work.appendingPathComponent("export"))
        #expect(exported.count == 7)  // with tables/.newskit-output.json
        #expect(try files(work.appendingPathComponent("merge")) == exported)
    }

    @Test func shardsMergedInAnyOrderGiveExportsBytes() throws {
        let work = try Fixtures.temporaryFolder("newskit-shards")
        let corpus = try GeneratedCorpus.write(in: work)
        let out = work.appendingPathComponent("out")
        _ = try run(["export", corpus.path] + formats + ["--output", out.appendingPathComponent("export").path, "--quiet"])
        // The folder in shards, each extracted as its own run (so each is input 0, and documents
        // sort by path as in the folder walk), merged in reverse.
        let shards = [["wire/agency.jsonl"], ["wire/plain.jsonl"], ["notes"], ["zz-repeats.jsonl"], ["feed.jsonl.gz"], ["web"]]
        var parts: [String] = []
        for (index, shard) in shards.enumerated() {
            let part = work.appendingPathComponent("part-\(index).jsonl").path
            _ = try run(["extract"] + shard.map { corpus.path + "/" + $0 } + ["--output", part, "--quiet"])
            parts.insert(part, at: 0)
        }
        _ = try run(["merge"] + parts + formats + ["--output", out.appendingPathComponent("merge").path, "--quiet"])
        let exported = try files(out.appendingPathComponent("export"))
        let documents = String(decoding: exported["tables/documents.csv"] ?? Data(), as: UTF8.self)
        #expect(documents.contains("wire-3-2,"), "the repeated id is renamed")
        #expect(documents.components(separatedBy: "\r\nwire-5,").count == 2, "the article read twice is kept once")
        #expect(documents.contains("plain.jsonl:1,"), "JSONL lines without an id are FILE:LINE")
        #expect(!documents.contains("hidden"))
        #expect(documents.components(separatedBy: "Talks in ").count > 40, "every kind of input is read, the web archive too")
        #expect(try files(out.appendingPathComponent("merge")) == exported)
    }

    @Test func mergeStepsGiveTheSameResolutionAsMerge() throws {
        let work = try Fixtures.temporaryFolder("newskit-steps")
        let corpus = try GeneratedCorpus.write(in: work)
        let part = work.appendingPathComponent("part.jsonl").path
        _ = try run(["extract", corpus.path, "--output", part, "--quiet"])
        let ids = try run(["merge-step", "ids", part]).stdout.split(separator: "\n").map(String.init)
        let sortedIDs = try ids.map { (try orderKey($0), $0) }
            .sorted { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }.map(\.1).joined(separator: "\n") + "\n"
        let decisions = try BinaryRunner.run(["merge-step", "dedupe"], input: Data(sortedIDs.utf8))
        #expect(decisions.status == 0, "\(decisions.stderr)")
        #expect(decisions.stdout.contains("\"drop\":true"))
        #expect(decisions.stdout.contains("\"id\":\"wire-3-2\""))
        let decisionsFile = try Fixtures.write(decisions.stdout, to: "decisions.jsonl", in: work)
        let keys = try run(["merge-step", "keys", part, "--decisions", decisionsFile.path]).stdout
        let sortedKeys = keys.split(separator: "\n").sorted().joined(separator: "\n") + "\n"
        let combined = try BinaryRunner.run(["merge-step", "combine"], input: Data(sortedKeys.utf8))
        #expect(combined.status == 0)
        #expect(combined.stdout.split(separator: "\n").count < keys.split(separator: "\n").count)
        let resolution = try BinaryRunner.run(["merge-step", "resolve", "--output", work.appendingPathComponent("resolution.jsonl").path],
                                              input: combined.stdoutData)
        #expect(resolution.status == 0)
        #expect(resolution.stderr.contains("distinct keys"), "\(resolution.stderr)")
        let out = work.appendingPathComponent("out")
        _ = try run(["merge", part, "--format", "csv", "--output", out.appendingPathComponent("plain").path, "--quiet"])
        _ = try run(["merge", part, "--resolution", work.appendingPathComponent("resolution.jsonl").path,
                     "--format", "csv", "--output", out.appendingPathComponent("stepped").path, "--quiet"])
        #expect(try files(out.appendingPathComponent("stepped")) == files(out.appendingPathComponent("plain")))
    }

    /// A string whose UTF-8 bytes sort as the row's order: input, path, record.
    private func orderKey(_ line: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        let order = object?["order"] as? [String: Any] ?? [:]
        let input = String(format: "%06d", order["input"] as? Int ?? -1), record = String(format: "%09d", order["record"] as? Int ?? -1)
        return input + "\u{1}" + (order["path"] as? String ?? "") + "\u{1}" + record
    }

    @Test func recordsReadLikeTheFilesTheyCameFrom() throws {
        let work = try Fixtures.temporaryFolder("newskit-records")
        let lines = try String(contentsOf: Fixtures.samples.appendingPathComponent("articles.jsonl"), encoding: .utf8).split(separator: "\n")
        let records = try lines.enumerated().reversed().map { index, line in
            let record: [String: Any] = ["input": 0, "path": "samples/articles.jsonl", "line": index + 1, "text": String(line)]
            return String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self)
        }
        let recordsFile = try Fixtures.write(records.joined(separator: "\n") + "\n", to: "records.jsonl", in: work)
        let fromRecords = work.appendingPathComponent("records.partial.jsonl").path
        let fromFile = work.appendingPathComponent("file.partial.jsonl").path
        _ = try run(["extract", "--records", recordsFile.path, "--output", fromRecords, "--quiet"])
        _ = try run(["extract", "samples/articles.jsonl", "--output", fromFile, "--quiet"])
        let a = try String(contentsOfFile: fromRecords, encoding: .utf8).split(separator: "\n").sorted()
        let b = try String(contentsOfFile: fromFile, encoding: .utf8).split(separator: "\n").sorted()
        #expect(a.count == 6)
        #expect(a == b)
    }

    @Test func badRecordLineNamesFileAndLineAndWritesNothing() throws {
        let work = try Fixtures.temporaryFolder("newskit-bad-part")
        let part = try Fixtures.write("{\"format\":\"newskit-partial\",\"version\":1}\n{\"order\":3}\n", to: "part.jsonl", in: work)
        let out = work.appendingPathComponent("tables")
        let result = try BinaryRunner.run(["merge", part.path, "--format", "csv", "--output", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(part.path):2: not a partial record"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func notAPartialFileSaysHowToMakeOne() throws {
        let result = try BinaryRunner.run(["merge", "samples/articles.jsonl", "--format", "csv", "--output", "/tmp/never-written"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("samples/articles.jsonl:1: not a newskit partial-result file"), "\(result.stderr)")
        #expect(result.stderr.contains("newskit extract"))
    }

    @Test func newerVersionIsRefused() throws {
        let work = try Fixtures.temporaryFolder("newskit-new-part")
        let part = try Fixtures.write("{\"format\":\"newskit-partial\",\"version\":2}\n", to: "part.jsonl", in: work)
        let result = try BinaryRunner.run(["merge", part.path, "--format", "csv", "--output", work.appendingPathComponent("t").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("version 2 is newer than this newskit reads (1)"), "\(result.stderr)")
    }

    @Test func badShardRecordNamesTheLine() throws {
        let result = try BinaryRunner.run(["extract", "--records", "-", "--output", "-"], input: Data("{\"input\":0,\"path\":\"a.txt\"}\n".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("standard input:1: a shard record needs"), "\(result.stderr)")
    }

    @Test func helpListsTheSteps() throws {
        let root = try BinaryRunner.run(["--help"])
        #expect(root.stdout.contains("extract"))
        #expect(root.stdout.contains("merge-step"))
        let steps = try BinaryRunner.run(["merge-step", "--help"])
        for step in ["ids", "dedupe", "keys", "combine", "resolve"] { #expect(steps.stdout.contains(step)) }
        let merge = try BinaryRunner.run(["merge", "--help"])
        #expect(merge.stdout.contains("--resolution"))
        #expect(merge.stdout.contains("--format"))
    }
}
