import Foundation
import Testing
import TestSupport

/// The row path of a distributed merge, run step by step as the Spark driver runs it but without
/// Spark: records sorted by order (dropped copies under the order they repeat) and cut into
/// slices, `merge-step rows` per slice, usage rows in any grouping, then `merge --slices`. The
/// tables and the layer are `newskit export`'s bytes however the corpus is cut.
@Suite struct RowSlicesCommandTests {
    private static let environment = ["SOURCE_DATE_EPOCH": "0"]
    private let formats = ["--format", "csv", "--format", "geojson"]

    private func run(_ arguments: [String], input: Data? = nil) throws -> BinaryRunner.Result {
        let result = try BinaryRunner.run(arguments, environment: Self.environment, input: input)
        #expect(result.status == 0, "newskit \(arguments.joined(separator: " ")): \(result.stderr)")
        return result
    }

    /// The merge steps up to the resolution, on one part file: (decisions file, resolution file).
    private func resolve(_ part: String, in work: URL) throws -> (decisions: URL, resolution: URL) {
        let ids = try run(["merge-step", "ids", part]).stdout.split(separator: "\n").map(String.init)
        let sortedIDs = try ids.sorted { try Self.before(Self.order(of: $0), Self.order(of: $1)) }.joined(separator: "\n") + "\n"
        let decisions = try Fixtures.write(try run(["merge-step", "dedupe"], input: Data(sortedIDs.utf8)).stdout, to: "decisions.jsonl", in: work)
        let keys = try run(["merge-step", "keys", part, "--decisions", decisions.path]).stdout
        let combined = try run(["merge-step", "combine"], input: Data((keys.split(separator: "\n").sorted().joined(separator: "\n") + "\n").utf8))
        let resolution = work.appendingPathComponent("resolution.jsonl")
        _ = try run(["merge-step", "resolve", "--output", resolution.path, "--quiet"], input: combined.stdoutData)
        return (decisions, resolution)
    }

    @Test func slicesOfAnySizeGiveExportsTablesAndLayer() throws {
        let work = try Fixtures.temporaryFolder("newskit-row-slices")
        let corpus = try GeneratedCorpus.write(in: work)
        _ = try run(["export", corpus.path] + formats + ["--output", work.appendingPathComponent("export").path, "--quiet"])
        let part = work.appendingPathComponent("part.jsonl").path
        _ = try run(["extract", corpus.path, "--output", part, "--quiet"])
        let (decisions, resolution) = try resolve(part, in: work)
        let copies = try Self.copies(decisions)
        #expect(!copies.isEmpty, "the generated corpus reads an article twice")
        // Records by slice order: a dropped copy sorts under the document it repeats.
        let records = try String(contentsOfFile: part, encoding: .utf8).split(separator: "\n").dropFirst().map(String.init)
        let keyed = try records.map { line -> (order: [String: Any], line: String) in
            let order = try Self.order(of: line)
            return (copies[Self.text(order)] ?? order, line)
        }.sorted { try! Self.before($0.order, $1.order) }
        for count in [1, 7] {
            let slices = Self.cut(keyed, into: count)
            let rows = work.appendingPathComponent("rows-\(count)")
            var usage: [String] = []
            for (index, slice) in slices.enumerated() {
                let result = try run(["merge-step", "rows", "-", "--slice", "\(index)", "--lookup", resolution.path,
                                      "--decisions", decisions.path, "--rows-folder", rows.path, "--quiet"],
                                     input: Data(slice.map { $0 + "\n" }.joined().utf8))
                usage += result.stdout.split(separator: "\n").map(String.init)
            }
            // Half the usage rows reduced by entity (`merge-step usage`), half as they came, reversed.
            let half = usage.count / 2
            let reduced = try run(["merge-step", "usage", "--quiet"], input: Data((usage[..<half].sorted { try! Self.entity($0) < Self.entity($1) }.joined(separator: "\n") + "\n").utf8))
            let usageFiles = [try Fixtures.write(reduced.stdout, to: "usage-\(count)-a.jsonl", in: work),
                              try Fixtures.write(usage[half...].reversed().joined(separator: "\n") + "\n", to: "usage-\(count)-b.jsonl", in: work)]
            let out = work.appendingPathComponent("sliced-\(count)")
            _ = try run(["merge", "--slices", rows.path, "--resolution", resolution.path] + usageFiles.flatMap { ["--usage", $0.path] }
                        + formats + ["--output", out.path, "--quiet"])
            let expected = try Fixtures.files(in: work.appendingPathComponent("export"))
            #expect(expected.count == 6)
            #expect(try Fixtures.files(in: out) == expected, "\(count) slices")
        }
    }

    @Test func aCopyWithoutTheDocumentItRepeatsIsRefused() throws {
        let work = try Fixtures.temporaryFolder("newskit-row-slices-bad")
        let corpus = try GeneratedCorpus.write(in: work)
        let part = work.appendingPathComponent("part.jsonl").path
        _ = try run(["extract", corpus.path, "--output", part, "--quiet"])
        let (decisions, resolution) = try resolve(part, in: work)
        let copies = try Self.copies(decisions)
        let records = try String(contentsOfFile: part, encoding: .utf8).split(separator: "\n").dropFirst().map(String.init)
        let copy = try #require(try records.first { copies[Self.text(try Self.order(of: $0))] != nil })
        let result = try BinaryRunner.run(["merge-step", "rows", "-", "--slice", "0", "--lookup", resolution.path, "--decisions", decisions.path,
                                           "--rows-folder", work.appendingPathComponent("rows").path], input: Data((copy + "\n").utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("standard input:1: a dropped copy arrived without the document it repeats"), "\(result.stderr)")
    }

    @Test func slicesWriteTheRowFormatsOnly() throws {
        let work = try Fixtures.temporaryFolder("newskit-row-slices-epub")
        try FileManager.default.createDirectory(at: work.appendingPathComponent("rows/slice-00000"), withIntermediateDirectories: true)
        let resolution = try Fixtures.write("{\"format\":\"newskit-resolution\",\"version\":1}\n", to: "resolution.jsonl", in: work)
        let result = try BinaryRunner.run(["merge", "--slices", work.appendingPathComponent("rows").path, "--resolution", resolution.path,
                                           "--format", "epub", "--output", work.appendingPathComponent("out.epub").path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--slices writes csv and geojson only; epub needs every document"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("out.epub").path))
    }

    // Orders as JSON objects, compared as newskit compares them (path by UTF-8 bytes).

    private static func order(of line: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        return try #require(object?["order"] as? [String: Any])
    }

    private static func before(_ a: [String: Any], _ b: [String: Any]) throws -> Bool {
        let (ia, ib) = (a["input"] as? Int ?? 0, b["input"] as? Int ?? 0)
        if ia != ib { return ia < ib }
        let (pa, pb) = (Array((a["path"] as? String ?? "").utf8), Array((b["path"] as? String ?? "").utf8))
        if pa != pb { return pa.lexicographicallyPrecedes(pb) }
        return (a["record"] as? Int ?? 0) < (b["record"] as? Int ?? 0)
    }

    private static func text(_ order: [String: Any]) -> String {
        "\(order["input"] ?? "")\u{1}\(order["path"] ?? "")\u{1}\(order["record"] ?? "")"
    }

    private static func entity(_ line: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        return object?["entity"] as? String ?? ""
    }

    /// Dropped document's order (as `text`) → the order of the document it repeats.
    private static func copies(_ decisions: URL) throws -> [String: [String: Any]] {
        var copies: [String: [String: Any]] = [:]
        for line in try String(contentsOf: decisions, encoding: .utf8).split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            if let order = object?["order"] as? [String: Any], let sameAs = object?["sameAs"] as? [String: Any] { copies[text(order)] = sameAs }
        }
        return copies
    }

    /// `keyed` in `count` runs of about equal size, never splitting records of one order (a
    /// document and its copies), the last one empty when there are more than two.
    private static func cut(_ keyed: [(order: [String: Any], line: String)], into count: Int) -> [[String]] {
        let filled = count > 2 ? count - 1 : count
        var slices: [[String]] = Array(repeating: [], count: count)
        let size = max(1, keyed.count / filled)
        var index = 0
        for (position, record) in keyed.enumerated() {
            let sameAsPrevious = position > 0 && text(keyed[position - 1].order) == text(record.order)
            if !sameAsPrevious && slices[index].count >= size && index < filled - 1 { index += 1 }
            slices[index].append(record.line)
        }
        return slices
    }
}
