import Core
import Exporters
import Foundation
import Testing
import TestSupport

/// `schema/newskit-corpus.schema.json` describes what the `json` exporter writes, and
/// `schema/plugin-manifest.schema.json` what plugins print for `--describe`.
@Suite struct SchemaTests {
    static let corpusSchema = SchemaValidator.schema("newskit-corpus.schema.json")
    static let manifestSchema = SchemaValidator.schema("plugin-manifest.schema.json")

    @Test(arguments: ConformanceInput.allCases)
    func jsonExporterOutputMatchesTheCorpusSchema(_ input: ConformanceInput) throws {
        var corpus = try input.corpus()
        if input == .samplesWithEntities { corpus.title = "A title" }
        let sink = MemorySink()
        try JSONExporter().export(corpus, to: .sink(sink), context: ExportContext())
        #expect(try SchemaValidator.errors(in: sink.data, against: Self.corpusSchema) == [])
    }

    @Test func corpusSchemaRejectsWhatTheExporterNeverWrites() throws {
        let sink = MemorySink()
        try JSONExporter().export(try Fixtures.sampleCorpusWithEntities(), to: .sink(sink), context: ExportContext())
        let valid = try #require(try JSONSerialization.jsonObject(with: sink.data) as? [String: Any])
        let breakages: [(String, ([String: Any]) -> [String: Any])] = [
            ("format", { var c = $0; c["format"] = "something-else"; return c }),
            ("version", { var c = $0; c["version"] = 2; return c }),
            ("documents/0", { var c = $0; var d = c["documents"] as! [[String: Any]]; d[0]["text"] = nil; c["documents"] = d; return c }),
            ("entities/0/type", { var c = $0; var e = c["entities"] as! [[String: Any]]; e[0]["type"] = "ANIMAL"; c["entities"] = e; return c }),
            ("mentions/0/start", { var c = $0; var m = c["mentions"] as! [[String: Any]]; m[0]["start"] = "81"; c["mentions"] = m; return c }),
        ]
        for (path, breakage) in breakages {
            let data = try JSONSerialization.data(withJSONObject: breakage(valid))
            let errors = try SchemaValidator.errors(in: data, against: Self.corpusSchema)
            #expect(errors.contains { $0.hasPrefix(path) }, "expected an error at \(path), got \(errors)")
        }
    }

    @Test func samplePluginManifestMatchesTheManifestSchema() throws {
        let executable = Fixtures.samples.appendingPathComponent("plugins/newskit-export-kml")
        let plugin = try ExternalExporter.describe(name: "kml", executable: executable, timeout: 30)
        let data = try JSONEncoder().encode(plugin.manifest)
        #expect(try SchemaValidator.errors(in: data, against: Self.manifestSchema) == [])
    }

    @Test(arguments: ExporterRegistry.builtIn.names)
    func builtInListingMatchesTheManifestSchema(_ name: String) throws {
        let manifest = PluginManifest(describing: try ExporterRegistry.builtIn.exporter(named: name).descriptor)
        #expect(try SchemaValidator.errors(in: try JSONEncoder().encode(manifest), against: Self.manifestSchema) == [])
    }

    @Test func manifestSchemaRejectsBadManifests() throws {
        let bad = [
            #"{"protocol": 2, "name": "kml", "summary": "x", "extension": "kml", "media_type": "a/b"}"#,
            #"{"protocol": 1, "name": "kml", "extension": "kml", "media_type": "a/b"}"#,
            #"{"protocol": 1, "name": "KML", "summary": "x", "extension": "kml", "media_type": "a/b"}"#,
            #"{"protocol": 1, "name": "kml", "summary": "x", "extension": "kml", "media_type": "a/b", "layout": "zip"}"#,
        ]
        for text in bad {
            #expect(try !SchemaValidator.errors(in: Data(text.utf8), against: Self.manifestSchema).isEmpty, "accepted \(text)")
        }
    }
}
