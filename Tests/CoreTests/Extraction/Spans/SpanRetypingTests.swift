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

    @Test func titlesInsideASpanLeaveThePerson() {
        let found = entities("Ukrainian Ambassador Sergiy Kyslytsya spoke.", ["Ukrainian Ambassador Sergiy Kyslytsya": .org])
        #expect(found.map(\.key) == ["person:sergiy-kyslytsya"])
    }

    @Test func adjacentPersonSpansAreOneName() {
        let extraction = DocumentExtraction(tokenizer: StandInTokenizer(),
                                            tagger: FixedTagger(spans: [TaggedSpan(label: .person, range: 1..<2), TaggedSpan(label: .person, range: 2..<3)]),
                                            gazetteer: TestGazetteer.gazetteer)
        let found = extraction.extract(Document(id: "d", text: "President Volodymyr Zelensky spoke."), index: 0).entities
        #expect(found.map(\.name) == ["Volodymyr Zelensky"])
    }

    @Test func placesJoinedByAndAreSplit() {
        // Tokens: Troops reached Kharkiv and Donetsk overnight . — the tagger marks tokens 2..<5 as one ORG.
        let extraction = DocumentExtraction(tokenizer: StandInTokenizer(), tagger: FixedTagger(spans: [TaggedSpan(label: .org, range: 2..<5)]),
                                            gazetteer: TestGazetteer.gazetteer)
        let found = extraction.extract(Document(id: "d", text: "Troops reached Kharkiv and Donetsk overnight."), index: 0).entities
        #expect(found.map(\.name) == ["Kharkiv", "Donetsk"])
    }

    @Test func aLoneFirstNameFollowsTheOneFullNameItBegins() {
        let found = entities("Volodymyr Zelensky spoke. Volodymyr smiled. Vladimir Putin and Vladimir Medinsky met. Vladimir left.",
                             ["Volodymyr Zelensky": .person, "Volodymyr": .person, "Vladimir Putin": .person,
                              "Vladimir Medinsky": .person, "Vladimir": .person])
        #expect(found.first { $0.surfaces.contains("Volodymyr") }?.key == "person:volodymyr-zelensky")
        #expect(found.first { $0.surfaces.contains("Vladimir") }?.key == "person:vladimir", "two Vladimirs: left alone")
    }

    @Test func unknownAcronymsAndMistaggedRegions() {
        let found = entities("He works at CNA near Black Sea ports.", ["CNA": .location, "Black Sea": .org])
        #expect(found.map(\.type) == [.org, .location])
    }
}

/// A tagger that returns the spans it was given, whatever the tokens.
struct FixedTagger: EntityTagging {
    var spans: [TaggedSpan]
    func tag(_ tokens: [Token]) -> [TaggedSpan] { spans.filter { $0.range.upperBound <= tokens.count } }
}
