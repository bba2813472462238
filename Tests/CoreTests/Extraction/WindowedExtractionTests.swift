import Core
import Testing

/// Extraction of a text longer than one window (`DocumentExtraction.windowBytes`), with the
/// stand-in tokenizer and tagger, which have no document-level features: cutting the text into
/// windows must then give exactly what extracting it whole gives.
@Suite struct WindowedExtractionTests {
    private let paragraph = "Sasha Grinshpun fled Kharkiv. Later Grinshpun reached Lviv with the Red Cross.\n\n"

    private func extraction(windowBytes: Int) -> DocumentExtraction {
        var extraction = DocumentExtraction(
            tokenizer: StandInTokenizer(),
            tagger: StandInTagger(labels: ["Kharkiv": .location, "Lviv": .location, "Sasha Grinshpun": .person, "Grinshpun": .person, "Red Cross": .org]),
            gazetteer: TestGazetteer.gazetteer)
        extraction.windowBytes = windowBytes
        return extraction
    }

    @Test func windowsGiveWhatTheWholeTextGives() {
        let document = Document(id: "long", text: String(repeating: paragraph, count: 40))
        let whole = extraction(windowBytes: .max).extract(document, index: 3)
        let windowed = extraction(windowBytes: 200).extract(document, index: 3)
        #expect(whole.mentions.count == 40 * 5)
        #expect(windowed == whole)
    }

    @Test func mentionOffsetsPointIntoTheWholeText() {
        let text = String(repeating: "Zürich – " + paragraph, count: 30)
        let result = extraction(windowBytes: 256).extract(Document(id: "long", text: text), index: 0)
        let scalars = Array(text.unicodeScalars)
        #expect(!result.mentions.isEmpty)
        for mention in result.mentions {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
        }
    }

    @Test func aShortNameInALaterWindowJoinsTheFullName() {
        let text = "Sasha Grinshpun fled Kharkiv.\n\n" + String(repeating: "Nothing happened in the town that day.\n\n", count: 20)
            + "Grinshpun returned.\n"
        let result = extraction(windowBytes: 128).extract(Document(id: "long", text: text), index: 0)
        #expect(result.entities.filter { $0.type == .person }.map(\.key) == ["person:sasha-grinshpun"])
    }
}
