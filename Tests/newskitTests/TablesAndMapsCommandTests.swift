import Foundation
import Testing
import TestSupport

/// The README's "map layer of places" command, run as a user runs it.
@Suite struct TablesAndMapsCommandTests {
    @Test func samplesGiveTablesALayerAndAMap() throws {
        let out = try Fixtures.temporaryFolder("newskit-cli").appendingPathComponent("out")
        let result = try BinaryRunner.run(["export", "samples", "--format", "csv", "--format", "geojson", "--format", "map", "--output", out.path],
                                          environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let manager = FileManager.default
        for path in ["tables/documents.csv", "tables/entities.csv", "tables/mentions.csv", "tables/datapackage.json", "places.geojson", "places.svg"] {
            #expect(manager.fileExists(atPath: out.appendingPathComponent(path).path), "\(path) missing")
        }
        let documents = try String(contentsOf: out.appendingPathComponent("tables/documents.csv"), encoding: .utf8)
        #expect(documents.split(separator: "\r\n").count == 6)
    }

    @Test func badOptionValueExitsOneAndWritesNothing() throws {
        let out = try Fixtures.temporaryFolder("newskit-cli").appendingPathComponent("places.geojson")
        let result = try BinaryRunner.run(["export", "samples", "--format", "geojson", "--option", "sequence=maybe", "--output", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("geojson: option sequence=maybe is not valid; expected one of none, rs, lines."))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
