import Core
import Exporters
import Foundation
import Testing
import TestSupport

/// Every place-and-table exporter works on a corpus with no documents at all.
@Suite struct EmptyCorpusTests {
    @Test func geojsonAndMapWriteValidEmptyOutput() throws {
        let geojson = MemorySink(), map = MemorySink()
        try GeoJSONExporter().export(.empty, to: .sink(geojson), context: ExportContext())
        try MapExporter().export(.empty, to: .sink(map), context: ExportContext())
        #expect(geojson.string == "{\"type\":\"FeatureCollection\",\"features\":[]}\n")
        #expect(map.string.contains("No places to show"))
    }

    @Test func csvWritesHeadersOnly() throws {
        let folder = try Fixtures.temporaryFolder("newskit-empty")
        try CSVExporter().export(.empty, to: .directory(folder), context: ExportContext())
        for name in ["documents.csv", "entities.csv", "mentions.csv"] {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(text.split(separator: "\r\n").count == 1, "\(name) should hold only its header")
        }
    }

    @Test func exportersRefuseTheWrongDestination() throws {
        let folder = try Fixtures.temporaryFolder("newskit-layout")
        #expect(throws: ExportError.layoutMismatch(exporter: "geojson", expected: .file)) {
            try GeoJSONExporter().export(.empty, to: .directory(folder), context: ExportContext())
        }
        #expect(throws: ExportError.layoutMismatch(exporter: "csv", expected: .directory)) {
            try CSVExporter().export(.empty, to: .sink(MemorySink()), context: ExportContext())
        }
    }
}
