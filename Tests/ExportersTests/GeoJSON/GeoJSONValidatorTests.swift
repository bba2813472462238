import Core
import Exporters
import Foundation
import Testing
import TestSupport

/// The layer checked by outside tools: GDAL's ogrinfo and the geojson-validator package (PyPI).
@Suite struct GeoJSONValidatorTests {
    private func write(_ corpus: Corpus, options: [String: String] = [:], name: String = "places.geojson") throws -> URL {
        let sink = MemorySink()
        try GeoJSONExporter().export(corpus, to: .sink(sink), context: ExportContext(options: ExportOptions(options)))
        let url = try Fixtures.temporaryFolder("newskit-geojson").appendingPathComponent(name)
        try sink.data.write(to: url)
        return url
    }

    @Test(arguments: [("collection", "places.geojson", 4), ("lines", "places.geojsonl", 4), ("rs", "places.geojsons", 4), ("empty", "places.geojson", 0)])
    func ogrinfoCountsTheFeatures(variant: String, file: String, expected: Int) throws {
        let ogrinfo = try #require(ExternalTool.find("ogrinfo"), "\(ExternalTool.missing("ogrinfo"))")
        let corpus = variant == "empty" ? try Fixtures.sampleCorpus() : Fixtures.placesCorpus()
        let options = variant == "lines" || variant == "rs" ? ["sequence": variant] : [:]
        let url = try write(corpus, options: options, name: file)
        let result = try ExternalTool.run(ogrinfo, ["-ro", "-so", "-al", url.path])
        #expect(result.status == 0, "ogrinfo: \(result.stderr)")
        #expect(result.stdout.contains("Feature Count: \(expected)"), "ogrinfo said: \(result.stdout)")
        if expected > 0 {
            #expect(result.stdout.contains("mentions: Integer"))
            #expect(result.stdout.contains("name: String"))
        }
    }

    @Test func ogrinfoReadsTheRightCoordinates() throws {
        let ogrinfo = try #require(ExternalTool.find("ogrinfo"), "\(ExternalTool.missing("ogrinfo"))")
        let url = try write(Fixtures.placesCorpus())
        let result = try ExternalTool.run(ogrinfo, ["-ro", "-al", "-where", "geonameid = 706483", url.path])
        #expect(result.stdout.contains("POINT (36.25272 49.98081)"), "ogrinfo said: \(result.stdout)")
    }

    @Test func geojsonValidatorFindsNothingWrong() throws {
        let python = try #require(ExternalTool.find("python3"), "\(ExternalTool.missing("python3"))")
        for corpus in [Fixtures.placesCorpus(), try Fixtures.sampleCorpus()] {
            let url = try write(corpus)
            let script = """
                import json, sys, geojson_validator as v
                data = json.load(open(sys.argv[1], encoding="utf-8"))
                print(json.dumps({"structure": v.validate_structure(data, check_crs=True), "geometries": v.validate_geometries(data)}))
                """
            let result = try ExternalTool.run(python, ["-c", script, url.path])
            try #require(result.status == 0, "geojson-validator failed (run tools/install-deps.sh --test): \(result.stderr.suffix(800))")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect((report["structure"] as? [String: Any])?.isEmpty == true, "structure: \(result.stdout)")
            let geometries = try #require(report["geometries"] as? [String: Any])
            let invalid = try #require(geometries["invalid"] as? [String: Any])
            let problematic = try #require(geometries["problematic"] as? [String: Any])
            #expect(invalid.isEmpty && problematic.isEmpty, "geometries: \(result.stdout)")
        }
    }
}
