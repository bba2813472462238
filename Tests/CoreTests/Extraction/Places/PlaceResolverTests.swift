import Core
import Testing

@Suite struct PlaceResolverTests {
    private func entities(_ text: String, _ labels: [String: SpanLabel]) -> [LocalEntity] {
        TestGazetteer.extraction(labels).extract(Document(id: "d", text: text), index: 0).entities
    }

    private func entity(_ name: String, in entities: [LocalEntity]) -> LocalEntity? {
        entities.first { $0.surfaces.contains(name) }
    }

    @Test func largestPlaceWinsWithoutContext() {
        let found = entities("Talks were held in Paris on Monday.", ["Paris": .location])
        #expect(entity("Paris", in: found)?.place?.geonameID == 2988507)
        #expect(entity("Paris", in: found)?.type == .city)
    }

    @Test func largeCityBeatsTheStateOfItsNameUnlessTheTextSaysState() {
        let city = entities("Diplomats met in New York on Monday.", ["New York": .location])
        #expect(entity("New York", in: city)?.place?.geonameID == 5128581)
        let state = entities("Voters in New York state chose.", ["New York": .location])
        #expect(entity("New York", in: state)?.place?.geonameID == 5128638)
    }

    @Test func stateQualifierPicksTheSmallerPlace() {
        let found = entities("The storm hit Paris, Texas on Monday.", ["Paris": .location, "Texas": .location])
        #expect(entity("Paris", in: found)?.place?.geonameID == 4717560)
        #expect(entity("Texas", in: found)?.type == .location)
    }

    @Test func countriesNamedInTheDocumentDecideCloseCalls() {
        let inUkraine = entities("Shelling in northeast Ukraine reached Springfield.", ["Ukraine": .location, "Springfield": .location])
        #expect(entity("Springfield", in: inUkraine)?.place?.geonameID == 9999001)
        let alone = entities("Shelling reached Springfield.", ["Springfield": .location])
        #expect(entity("Springfield", in: alone)?.place?.geonameID == 4735966)
    }

    @Test func variantNamesAndPossessivesResolveToTheGazetteerName() {
        let text = "Kharkov was shelled. Kyiv’s response came later."
        let document = TestGazetteer.extraction(["Kharkov": .location, "Kyiv": .location]).extract(Document(id: "d", text: text), index: 0)
        #expect(entity("Kharkov", in: document.entities)?.name == "Kharkiv")
        #expect(entity("Kharkov", in: document.entities)?.key == "geonames:706483")
        #expect(document.mentions.map(\.text) == ["Kharkov", "Kyiv"], "the possessive is not part of the name")
    }

    @Test func mistypedCityIsRescuedWhenTheEvidenceIsStrong() {
        let found = entities("Rockets fell in Kharkiv overnight.", ["Kharkiv": .org])
        #expect(entity("Kharkiv", in: found)?.type == .city)
        let organisation = entities("Donetsk Holdings said profits rose.", ["Donetsk Holdings": .org])
        #expect(entity("Donetsk Holdings", in: organisation)?.type == .org)
    }

    @Test func regionWordsMakeARegionAndBuildingsAnInstitution() {
        let found = entities("The head of the Donetsk regional administration spoke. The Kremlin denied it.",
                             ["Donetsk": .location, "Kremlin": .location])
        #expect(entity("Donetsk", in: found)?.type == .location)
        #expect(entity("Donetsk", in: found)?.place?.kind == .region, "the region around the city, not the city")
        #expect(entity("Donetsk", in: found)?.place?.hasPoint == true, "the gazetteer has no Donetsk region: the city's point")
        #expect(entity("Kremlin", in: found)?.type == .org)
    }

    @Test func demonymsAndTheWestAreNotPlaces() {
        let found = entities("Russian troops and the West watched Russia.", ["Russian": .location, "West": .location, "Russia": .location])
        #expect(found.map(\.name) == ["Russia"])
    }

    @Test func unknownPlacesStayLocations() {
        let found = entities("Fighting near Zaporizhiya continued.", ["Zaporizhiya": .location])
        #expect(found.first?.type == .location)
        #expect(found.first?.key == "location:zaporizhiya")
    }

    @Test func hyphenatedCompoundsNameTheirPlaces() {
        let found = entities("The US-led alliance met for Ukraine-Russia talks.", [:])
        #expect(Set(found.map(\.name)) == ["United States", "Ukraine", "Russia"])
    }

    @Test func untaggedCountryNamesAreFoundUnlessPartOfALongerName() {
        let found = entities("Aid reached Ukraine and the US on Monday. France Smith and Ukraine Street are not countries.", [:])
        #expect(found.map(\.name) == ["Ukraine", "United States"])
        #expect(found.first?.type == .country)
    }

    @Test func titlesAreNotPartOfPersonNames() {
        let found = entities("President Vladimir Putin spoke.", ["President Vladimir Putin": .person])
        #expect(found.first?.name == "Vladimir Putin")
        #expect(found.first?.key == "person:vladimir-putin")
    }
}
