import Core
@testable import Exporters
import Foundation
import Testing
import TestSupport

@Suite struct GeoJSONExporterTests {
    private func export(_ corpus: Corpus, options: [String: String] = [:]) throws -> (text: String, diagnostics: [Diagnostic]) {
        let sink = MemorySink(), collector = DiagnosticCollector()
        try GeoJSONExporter().export(corpus, to: .sink(sink), context: ExportContext(options: ExportOptions(options), diagnostics: collector))
        return (sink.string, collector.diagnostics)
    }

    private func features(_ text: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(object["features"] as? [[String: Any]])
    }

    @Test func writesOnePointPerLocatedCityMostMentionedFirst() throws {
        let (text, diagnostics) = try export(Fixtures.placesCorpus())
        let features = try features(text)
        #expect(features.map { ($0["properties"] as? [String: Any])?["name"] as? String } == ["Kharkiv", "Kyiv", "Moscow", "القدس"])
        #expect(features.map { $0["id"] as? Int } == [706483, 703448, 524901, 281184])
        let kharkiv = features[0]
        let geometry = try #require(kharkiv["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Point")
        #expect(geometry["coordinates"] as? [Double] == [36.25272, 49.98081])
        let properties = try #require(kharkiv["properties"] as? [String: Any])
        #expect(properties["mentions"] as? Int == 3)
        #expect(properties["documents"] as? Int == 2)
        #expect(properties["first_date"] as? String == "2022-02-28")
        #expect(properties["last_date"] as? String == "2022-03-01")
        #expect(properties["document_ids"] as? String == "wire-001 | wire-002")
        #expect(diagnostics.map(\.message) == ["1 city has no coordinates and is left out: Springfield."])
    }

    /// The fixture plus Ukraine (a country) and the Black Sea (a sea without a GeoNames id), both mentioned.
    private func corpusWithOtherPlaces() -> Corpus {
        var corpus = Fixtures.placesCorpus()
        corpus.entities.append(Entity(id: "geonames:690791", type: .country, name: "Ukraine", geonameID: 690791, latitude: 49.0,
                                      longitude: 31.4, countryCode: "UA", featureClass: .country))
        corpus.entities.append(Entity(id: "location:black-sea", type: .location, name: "Black Sea", latitude: 43.0, longitude: 35.0,
                                      featureClass: .sea))
        corpus.entities.append(Entity(id: "location:nowhere-land", type: .location, name: "Nowhere Land"))
        return corpus
    }

    @Test func byDefaultOnlyCitiesAreFeaturesAndNoClassIsWritten() throws {
        let (text, _) = try export(corpusWithOtherPlaces())
        let features = try features(text)
        #expect(features.count == 4)
        #expect(!text.contains("feature_class"), "the default layer keeps its documented properties")
    }

    @Test func placesAllAddsOtherPlacesWithTheirFeatureClass() throws {
        let (text, diagnostics) = try export(corpusWithOtherPlaces(), options: ["places": "all"])
        let features = try features(text)
        let classes = Dictionary(uniqueKeysWithValues: features.compactMap { feature -> (String, String)? in
            let properties = feature["properties"] as? [String: Any]
            guard let name = properties?["name"] as? String, let kind = properties?["feature_class"] as? String else { return nil }
            return (name, kind)
        })
        #expect(classes == ["Kharkiv": "city", "Kyiv": "city", "Moscow": "city", "القدس": "city", "Ukraine": "country", "Black Sea": "sea"])
        #expect(diagnostics.map(\.message) == ["1 city has no coordinates and is left out: Springfield."],
                "a region without a point is left out silently; only cities are promised one")
        #expect(throws: ExportError.badOption(exporter: "geojson", key: "places", value: "regions", expected: "one of cities, all")) {
            try export(Fixtures.placesCorpus(), options: ["places": "regions"])
        }
    }

    @Test func collectionHasABBoxAndNoCRS() throws {
        let (text, _) = try export(Fixtures.placesCorpus())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["type"] as? String == "FeatureCollection")
        #expect(object["crs"] == nil)
        #expect(object["bbox"] as? [Double] == [30.5238, 31.76904, 37.61556, 55.75222])
    }

    @Test func everyPropertyHasOneTypeAcrossFeatures() throws {
        var corpus = Fixtures.placesCorpus()
        corpus.entities.append(Entity(id: "geonames:1", type: .city, name: "Nowhere", geonameID: 1, latitude: 0, longitude: 0))
        let features = try features(try export(corpus).text)
        var kinds: [String: Set<String>] = [:]
        for feature in features {
            for (key, value) in feature["properties"] as? [String: Any] ?? [:] where !(value is NSNull) {
                kinds[key, default: []].insert(value is String ? "string" : "number")
            }
        }
        #expect(kinds.count == 11)
        #expect(kinds.values.allSatisfy { $0.count == 1 })
    }

    @Test func coordinatesHaveAtMostSixDecimals() {
        let place = MappedPlace(entityID: "x", name: "x", latitude: 49.980812345678, longitude: -0.0000001, mentions: 1)
        #expect(FeatureBuilder.position(place) == "[0,49.980812]")
    }

    @Test func corpusWithoutPlacesIsAnEmptyCollection() throws {
        let (text, diagnostics) = try export(try Fixtures.sampleCorpus())
        #expect(text == "{\"type\":\"FeatureCollection\",\"features\":[]}\n")
        #expect(diagnostics.isEmpty)
    }

    @Test func sequenceOptionsWriteOneFeaturePerRecord() throws {
        let rs = try export(Fixtures.placesCorpus(), options: ["sequence": "rs"]).text
        let records = rs.split(separator: "\n")
        #expect(records.count == 4)
        #expect(records.allSatisfy { $0.hasPrefix("\u{1E}{\"type\":\"Feature\"") })
        let lines = try export(Fixtures.placesCorpus(), options: ["sequence": "lines"]).text
        for line in lines.split(separator: "\n") {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["type"] as? String == "Feature")
        }
        #expect(lines.split(separator: "\n").count == 4)
    }

    @Test func unknownSequenceValueListsTheAllowedOnes() throws {
        #expect(throws: ExportError.badOption(exporter: "geojson", key: "sequence", value: "csv", expected: "one of none, rs, lines")) {
            try export(Fixtures.placesCorpus(), options: ["sequence": "csv"])
        }
    }

    @Test func namesWithQuotesNewlinesAndControlCharactersStayValidJSON() throws {
        var corpus = Fixtures.placesCorpus()
        corpus.entities[3].name = "Khar\"kiv\\\n\u{1}🚀"
        let features = try features(try export(corpus).text)
        #expect((features[0]["properties"] as? [String: Any])?["name"] as? String == "Khar\"kiv\\\n\u{1}🚀")
    }

    @Test func outputIsDeterministic() throws {
        #expect(try export(Fixtures.placesCorpus()).text == export(Fixtures.placesCorpus()).text)
    }
}
