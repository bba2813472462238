import Core
import Testing

@Suite struct DocumentExtractionTests {
    @Test func laterOccurrencesOfARecognisedNameAreMentionsToo() {
        let extraction = DocumentExtraction(
            tokenizer: StandInTokenizer(),
            tagger: StandInTagger(labels: ["Kharkiv": .location, "Sasha Grinshpun": .person], firstOnly: true),
            gazetteer: TestGazetteer.gazetteer)
        let text = "Kharkiv was shelled. Sasha Grinshpun fled Kharkiv. Kharkiv Tractor Plant closed. Sasha Grinshpun left."
        let result = extraction.extract(Document(id: "d", text: text), index: 0)
        #expect(result.mentions.map(\.text) == ["Kharkiv", "Sasha Grinshpun", "Kharkiv", "Sasha Grinshpun"])
        #expect(result.entities.count == 2)
    }

    @Test func aSurnameTaggedAsAnOrganisationFollowsThePerson() {
        let extraction = TestGazetteer.extraction(["Volodymyr Zelensky": .person, "Zelensky": .org])
        let result = extraction.extract(Document(id: "d", text: "Volodymyr Zelensky spoke. Later Zelensky left."), index: 0)
        #expect(result.entities.map(\.key) == ["person:volodymyr-zelensky"])
        #expect(result.entities.first?.surfaces == ["Volodymyr Zelensky", "Zelensky"])
    }

    @Test func lowercaseWordsAreNotPropagatedNames() {
        let extraction = TestGazetteer.extraction(["US": .location])
        let result = extraction.extract(Document(id: "d", text: "The US said it will help us."), index: 0)
        #expect(result.mentions.map(\.text) == ["US"])
    }
}
