@testable import Core
import Foundation
import Testing

@Suite struct NERTaggerTests {
    let tokenizer = Tokenizer()

    /// The spans the bundled model finds in `text`, as `(label, text)` pairs.
    func entities(_ text: String) throws -> [(SpanLabel, String)] {
        let tokens = tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        return try NERTagger.bundled().tag(tokens).map { span in
            let start = tokens[span.range.lowerBound].start, end = tokens[span.range.upperBound - 1].end
            return (span.label, String(String.UnicodeScalarView(scalars[start..<end])))
        }
    }

    func contains(_ found: [(SpanLabel, String)], _ label: SpanLabel, _ text: String) -> Bool {
        found.contains { $0.0 == label && $0.1 == text }
    }

    @Test func bundledModelFindsPeopleOrganisationsAndPlaces() throws {
        let found = try entities("""
            Russian forces shelled Kharkiv on Monday, the mayor said.
            President Volodymyr Zelenskiy spoke to reporters in Kyiv after talks with NATO and the European Union.
            Anton Herashchenko, an adviser to Ukraine’s interior ministry, said Microsoft had helped.
            """)
        #expect(contains(found, .location, "Kharkiv"))
        #expect(contains(found, .location, "Kyiv"))
        #expect(contains(found, .person, "Volodymyr Zelenskiy"))
        #expect(contains(found, .person, "Anton Herashchenko"))
        #expect(contains(found, .org, "NATO"))
        #expect(contains(found, .location, "Ukraine"))
    }

    @Test func bundledModelLoadsOnceAndIsShared() throws {
        let first = try NERTagger.bundled()
        let second = try NERTagger.bundled()
        #expect(first.model.weights == second.model.weights)
        #expect(first.model.weights.presentRowCount > 0)
        #expect(!first.model.gazetteer.entries.isEmpty)
    }

    @Test func taggingIsPureAndEmptyInputGivesNoSpans() throws {
        let tokens = tokenizer.tokenize("Angela Merkel visited Paris and met Emmanuel Macron.")
        let tagger = try NERTagger.bundled()
        #expect(tagger.tag(tokens) == tagger.tag(tokens))
        #expect(tagger.tag([]).isEmpty)
    }

    @Test func titlesAndPossessivesAreTrimmedFromSpans() {
        let tokens = tokenizer.tokenize("Mr Zelensky’s office")
        #expect(NERTagger.trimmed(TaggedSpan(label: .person, range: 0..<3), tokens) == TaggedSpan(label: .person, range: 1..<2))
        #expect(NERTagger.trimmed(TaggedSpan(label: .org, range: 0..<2), tokens) == TaggedSpan(label: .org, range: 0..<2))
    }

    @Test func hyphenSplitPersonNamesAreJoinedButPlacesAreNot() {
        let tokens = tokenizer.tokenize("Jean-Claude spoke. Ukraine-Russia")
        // Jean, -, Claude, spoke, ., Ukraine, -, Russia
        let spans = [
            TaggedSpan(label: .person, range: 0..<1), TaggedSpan(label: .person, range: 2..<3),
            TaggedSpan(label: .location, range: 5..<6), TaggedSpan(label: .location, range: 7..<8),
        ]
        #expect(NERTagger.joinHyphenated(spans, tokens) == [
            TaggedSpan(label: .person, range: 0..<3),
            TaggedSpan(label: .location, range: 5..<6), TaggedSpan(label: .location, range: 7..<8),
        ])
    }
}
