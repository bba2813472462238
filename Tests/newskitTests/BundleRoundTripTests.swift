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
}
