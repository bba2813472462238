import Core
import Testing

/// The spans `PlaceSpanRepair` mends before resolution, each in a story the test writes.
@Suite struct PlaceSpanRepairTests {
    private static let gazetteer = Gazetteer(places: [
        GazetteerPlace(kind: .country, geonameID: 203312, name: "Democratic Republic of the Congo", latitude: -2.9, longitude: 23.6,
                       countryCode: "CD", population: 86_790_567),
        GazetteerPlace(kind: .country, geonameID: 2260494, name: "Republic of the Congo", latitude: -0.7, longitude: 15.2,
                       countryCode: "CG", population: 5_244_363),
        GazetteerPlace(kind: .country, geonameID: 6252001, name: "United States", latitude: 39.5, longitude: -99.1,
                       countryCode: "US", population: 327_167_434),
        GazetteerPlace(kind: .region, geonameID: 4921868, name: "Indiana", latitude: 39.9, longitude: -86.3,
                       countryCode: "US", admin1: "IN", detail: "admin1"),
        GazetteerPlace(kind: .region, geonameID: 4264611, name: "Scott County", latitude: 38.69, longitude: -85.75,
                       countryCode: "US", admin1: "IN", detail: "admin2"),
        GazetteerPlace(kind: .region, geonameID: 4866445, name: "Scott County", latitude: 41.64, longitude: -90.58,
                       countryCode: "US", admin1: "IA", detail: "admin2"),
        GazetteerPlace(kind: .region, geonameID: 2155400, name: "New South Wales", latitude: -32.9, longitude: 147.0,
                       countryCode: "AU", admin1: "02", detail: "admin1"),
    ], aliases: [[], ["Congo"], ["US"], [], [], [], ["NSW"]], capitals: [:])

    private func mentions(_ text: String, _ labels: [String: SpanLabel]) -> [(text: String, place: GazetteerPlace?)] {
        let extraction = DocumentExtraction(tokenizer: StandInTokenizer(), tagger: StandInTagger(labels: labels), gazetteer: Self.gazetteer)
        let entities = extraction.extract(Document(id: "d", text: text), index: 0).entities
        return entities.flatMap { entity in entity.surfaces.map { ($0, entity.place) } }
    }

    @Test func aCountryCutShortOfItsFullNameGetsItBack() {
        let found = mentions("Cases rose in the Democratic Republic of the Congo last week.", ["Congo": .location])
        #expect(found.map(\.text) == ["Democratic Republic of the Congo"])
        #expect(found.first?.place?.countryCode == "CD", "the longest name: not the Republic of the Congo")
        let misc = mentions("Cases rose in the Democratic Republic of the Congo last week.", ["Democratic": .misc, "Congo": .location])
        #expect(misc.map(\.text) == ["Democratic Republic of the Congo"], "a word the tagger called MISC is no name of its own")
        let short = mentions("Cases rose in Congo last week.", ["Congo": .location])
        #expect(short.map(\.text) == ["Congo"] && short.first?.place?.countryCode == "CG")
    }

    @Test func aPersonNamedLikeACountyIsTheCounty() {
        let found = mentions("The outbreak began in Austin, in Scott County, Indiana, health officials said.",
                             ["Scott County": .person, "Indiana": .location])
        let county = found.first { $0.text == "Scott County" }?.place
        #expect(county?.featureClass == .admin2 && county?.admin1 == "IN")
        #expect(mentions("Officers thanked Scott Peters for the call.", ["Scott Peters": .person]).first?.place == nil)
        #expect(mentions("Results: Scott County 2 Fairview 1", ["Scott County": .org, "Fairview": .org]).allSatisfy { $0.place == nil },
                "a club named after its county stays a club")
    }

    @Test func aStateAbbreviationTaggedAsAnOrganisationIsTheState() {
        let found = mentions("Horses were held in quarantine in NSW until Monday.", ["NSW": .org])
        #expect(found.first?.place?.name == "New South Wales")
        #expect(mentions("The NSW Health team met.", ["NSW Health": .org]).first?.place == nil, "an office named longer stays one")
    }
}
