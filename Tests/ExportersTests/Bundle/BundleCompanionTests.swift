import Core
import Exporters
import Foundation
import Testing
import TestSupport

/// The bundle looks up `csv` and `geojson` by name at run time; these stand-ins show it picks up
/// whatever the registry holds under those names, in either layout.
@Suite struct BundleCompanionTests {
    struct StubTables: Exporter {
        let descriptor = ExporterDescriptor(name: "csv", summary: "stub", defaultFileName: "tables", mediaType: "text/csv", layout: .directory)
        func export(_ corpus: Corpus, to destination: ExportDestination, context: ExportContext) throws {
            let folder = try destination.folder(for: descriptor.name)
            try Data("id\n\(corpus.documents.count)\n".utf8).write(to: folder.appendingPathComponent("documents.csv"))
            try Data("id\n".utf8).write(to: folder.appendingPathComponent("entities.csv"))
        }
    }

    struct StubPlaces: Exporter {
        let descriptor = ExporterDescriptor(name: "geojson", summary: "stub", defaultFileName: "places.geojson", mediaType: "application/geo+json")
        func export(_ corpus: Corpus, to destination: ExportDestination, context: ExportContext) throws {
            try destination.byteSink(for: descriptor.name).write("{\"type\":\"FeatureCollection\",\"features\":[]}\n")
        }
    }

    @Test func registeredTablesAndPlacesAreBundledAndListed() throws {
        let registry = ExporterRegistry(exporters: [JSONExporter(), StubTables(), StubPlaces()])
        let sink = MemorySink()
        try BundleExporter(registry: { registry }).export(try BundleTestSupport.sampleCorpus(), to: .sink(sink), context: ExportContext())
        let paths = try BundleTestSupport.entries(sink.data).map { $0.path.split(separator: "/", maxSplits: 1).dropFirst().joined() }
        for path in ["data/tables/documents.csv", "data/tables/entities.csv", "data/places.geojson", "data/corpus.json"] {
            #expect(paths.contains(path), "missing \(path)")
        }
        let result = try BundleVerifier.verify(Input(displayPath: "b.tar.gz", url: nil, data: sink.data))
        #expect(result.isComplete)
        #expect(result.payloadFiles == 9)
    }

    @Test func withoutThemOnlyCorpusJSONAndOriginals() throws {
        let registry = ExporterRegistry(exporters: [JSONExporter()])
        let sink = MemorySink()
        try BundleExporter(registry: { registry }).export(try BundleTestSupport.sampleCorpus(), to: .sink(sink), context: ExportContext())
        let files = try BundleTestSupport.entries(sink.data).filter { $0.kind == .file && $0.path.contains("/data/") }
        #expect(files.count == 6)
    }
}
