import Core
import Testing

@Suite struct SpanRetypingTests {
    private func entities(_ text: String, _ labels: [String: SpanLabel]) -> [LocalEntity] {
        TestGazetteer.extraction(labels).extract(Document(id: "d", text: text), index: 0).entities
    }

    @Test func organisationHeadNounsMakeMaximalOrganisationNames() {
        let found = entities("A statement by the Russian Defense Ministry followed.", ["Russian": .misc, "Defense Ministry": .org])
        #expect(found.map(\.name) == ["Russian Defense Ministry"])
        #expect(found.first?.type == .org)
        let programme = entities("He directs the Arctic Studies Program here.", ["Arctic Studies Program": .person])
        #expect(programme.first?.type == .org)
    }

    @Test func aNameAfterACompanyWordIsAnOrganisation() {
        let found = entities("The satellite company Maxar released images.", ["Maxar": .person])
        #expect(found.first?.type == .org)
    }

    @Test func bylinesSplitIntoOutletAndPerson() {
        let found = entities("Reports ITV News Correspondent Dan Rivers.", ["ITV News Correspondent Dan Rivers": .org])
        #expect(found.map(\.key) == ["org:itv-news", "person:dan-rivers"])
    }

    @Test func nameParticlesJoinAndTheSurnameLinksBack() {
        // The real tokenizer splits `al-Assad` into `al`, `-`, `Assad`, as the tagger then sees it.
        let extraction = DocumentExtraction(tokenizer: Tokenizer(), tagger: StandInTagger(labels: ["Bashar": .person, "Assad": .person]),
                                            gazetteer: TestGazetteer.gazetteer)
        let found = extraction.extract(Document(id: "d", text: "President Bashar al-Assad spoke. Assad left."), index: 0).entities
        #expect(found.count == 1)
        #expect(found.first?.surfaces == ["Assad", "Bashar al-Assad"])
    }

    @Test func unknownAcronymsAndMistaggedRegions() {
        let found = entities("He works at CNA near Black Sea ports.", ["CNA": .location, "Black Sea": .org])
        #expect(found.map(\.type) == [.org, .location])
    }
}
