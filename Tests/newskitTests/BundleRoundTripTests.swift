import Foundation
import Testing
import TestSupport

/// Issue 8: a bundle is an input, and exporting it gives the same tables, byte for byte, as
/// exporting the original files.
@Suite struct BundleRoundTripTests {
    @Test func tablesFromABundleEqualTablesFromTheOriginalFiles() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let samples = try Fixtures.sampleTextFiles().map(\.path)
        let direct = try BinaryRunner.run(["export"] + samples + ["--format", "csv", "--format", "tar.gz", "--output", folder.path, "--quiet"])
        try #require(direct.status == 0, "\(direct.stderr)")
        let bundle = folder.appendingPathComponent("corpus.tar.gz").path
        for extra in [[], ["--re-extract"]] {
            let again = folder.appendingPathComponent("again\(extra.count)")
            let result = try BinaryRunner.run(["export", bundle, "--format", "csv", "--output", again.path, "--quiet"] + extra)
            try #require(result.status == 0, "\(result.stderr)")
            for table in ["documents.csv", "entities.csv", "mentions.csv", "datapackage.json"] {
                let original = try Data(contentsOf: folder.appendingPathComponent("tables").appendingPathComponent(table))
                let fromBundle = try Data(contentsOf: again.appendingPathComponent(table))
                #expect(original == fromBundle, "\(table) differs (\(extra))")
            }
        }
        let mentions = try String(contentsOf: folder.appendingPathComponent("tables/mentions.csv"), encoding: .utf8)
        #expect(mentions.contains("geonames:706483"), "the tables carry extracted entities (Kharkiv)")
    }

    @Test func jobsChangeNoByteOfTheBundle() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        // ~1.6 MB to gzip (originals and corpus.json): many 128 KiB blocks.
        for n in 0..<20 {
            try Fixtures.write("Talks (\(n))\n\n" + GeneratedCorpus.noisyText(n, bytes: 40_000), to: "\(n).txt", in: articles)
        }
        var bundles: [Data] = []
        for jobs in ["1", "2", "4"] {
            let output = folder.appendingPathComponent("jobs\(jobs).tar.gz")
            let result = try BinaryRunner.run(["export", articles.path, "--no-entities", "--format", "tar.gz", "--jobs", jobs, "--output", output.path, "--quiet"])
            try #require(result.status == 0, "\(result.stderr)")
            bundles.append(try Data(contentsOf: output))
        }
        #expect(bundles[0].count > 2 * 128 * 1024, "too small to span many gzip blocks")
        #expect(bundles[1] == bundles[0], "--jobs 2 differs from --jobs 1")
        #expect(bundles[2] == bundles[0], "--jobs 4 differs from --jobs 1")
        let zero = try BinaryRunner.run(["export", articles.path, "--format", "tar.gz", "--jobs", "0", "--output", folder.appendingPathComponent("x.tar.gz").path])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("--jobs must be 1 or more."))
    }
}
