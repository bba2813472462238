@testable import Core
import Foundation
import Testing

@Suite struct HeadlineTextTests {
    private func extract(title: String?, text: String, _ labels: [String: SpanLabel]) -> DocumentEntities {
        let extraction = DocumentExtraction(tokenizer: Tokenizer(), tagger: StandInTagger(labels: labels), gazetteer: TestGazetteer.gazetteer)
        return extraction.extract(Document(id: "d", title: title, text: text), index: 0)
    }

    @Test func headlineNamesGetMentionsWithOffsetsIntoTheTitle() throws {
        let title = "Kharkiv shelled as Maria Lopez flees"
        let text = "Shells hit Kharkiv. Later, Maria Lopez left the city."
        let found = extract(title: title, text: text, ["Kharkiv": .location, "Maria Lopez": .person])
        let inTitle = found.mentions.filter { $0.field == .title }
        #expect(inTitle.map(\.text) == ["Kharkiv", "Maria Lopez"])
        let body = found.mentions.filter { $0.field == .text }
        #expect(body.map(\.text) == ["Kharkiv", "Maria Lopez"])
        for mention in found.mentions {
            let field = Array((mention.field == .title ? title : text).unicodeScalars)
            #expect(String(String.UnicodeScalarView(field[mention.start..<mention.end])) == mention.text)
        }
        #expect(body.map(\.sentence) == [0, 1])
        // Headline and body name one entity.
        #expect(Set(found.mentions.map(\.entity)).count == 2)
    }

    /// `repeatsBody` trims the body without copying it; it must answer as the Foundation
    /// trimming it replaced, on ASCII (where `hasPrefix` compares bytes) and beyond.
    @Test func repeatsBodyAnswersAsFoundationTrimmingDoes() {
        func reference(_ title: String, _ text: String) -> Bool {
            var head = title.trimmingCharacters(in: .whitespacesAndNewlines)
            if head.hasSuffix("…") { head.removeLast() }
            head = head.trimmingCharacters(in: .whitespaces)
            return !head.isEmpty && text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix(head)
        }
        let cases: [(String, String)] = [
            ("Shells hit Kharkiv…", "  Shells hit Kharkiv again.\n"), ("Shells hit Kharkiv", "Shells hit Kyiv."),
            ("abc\r…", "abc\r\nmore"), ("abc\r…", "abc\rmore"), ("cafe…", "cafe\u{301} au lait"),
            ("café", "cafe\u{301} au lait"), ("cafe\u{301}", "café au lait"), ("Zoë…", "\u{A0}\tZoë left\u{2003}"),
            ("Title", "Title"), ("Title   x", "Title   x y"), ("\u{301}x", " \u{301}x and more"), ("x", "   "),
            ("Kyiv\n…", "Kyiv\n"), ("Kyiv\n…", "Kyiv\nshelled"), ("Ελλάδα", "Ελλάδα σήμερα"), ("🇺🇦…", "🇺🇦🇺🇦 flags"),
            ("…", "… anything"), ("a", ""), ("", "text"),
        ]
        for (title, text) in cases {
            #expect(HeadlineText.repeatsBody(title, text) == reference(title, text), "\(title.debugDescription) / \(text.debugDescription)")
        }
        #expect(HeadlineText.repeatsBody("Shells hit Kharkiv…", "  Shells hit Kharkiv again."))
        #expect(!HeadlineText.repeatsBody("Shells hit Kharkiv", "Shells hit Kyiv."))
    }

    @Test func withoutATitleNothingMoves() {
        let found = extract(title: nil, text: "Shells hit Kharkiv.", ["Kharkiv": .location])
        #expect(found.mentions.map(\.start) == [11])
        #expect(found.mentions.allSatisfy { $0.field == .text })
        #expect(extract(title: "  ", text: "Shells hit Kharkiv.", ["Kharkiv": .location]).mentions.map(\.start) == [11])
    }

    @Test func aTitleCaseHeadlineKeepsOnlyNamesTheBodyConfirms() {
        #expect(HeadlineText.isTitleCase("Soldiers Continue Bombarding Kharkiv As Talks Fail"))
        #expect(!HeadlineText.isTitleCase("Russia shells Kharkiv as talks fail"))
        let found = extract(title: "Soldiers Continue Bombarding Kharkiv As Talks Fail", text: "Shells hit Kharkiv again.",
                            ["Bombarding": .person, "Kharkiv": .location])
        #expect(found.mentions.filter { $0.field == .title }.map(\.text) == ["Kharkiv"])
        #expect(!found.entities.contains { $0.name == "Bombarding" })
    }

    @Test func theFieldIsLeftOutOfJSONForTheBody() throws {
        let body = LocalMention(entity: 0, text: "Kyiv", start: 1, end: 5, sentence: 0)
        let head = LocalMention(entity: 0, text: "Kyiv", start: 0, end: 4, sentence: 0, field: .title)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(body), as: UTF8.self).contains("field") == false)
        #expect(String(decoding: try encoder.encode(head), as: UTF8.self).contains("\"field\":\"title\""))
        #expect(try JSONDecoder().decode(LocalMention.self, from: try encoder.encode(head)) == head)
        let mention = Mention(documentID: "d", entityID: "e", text: "Kyiv", start: 0, end: 4, sentence: 0, field: .title)
        #expect(try JSONDecoder().decode(Mention.self, from: try encoder.encode(mention)) == mention)
        let old = Data(#"{"document_id":"d","entity_id":"e","text":"Kyiv","start":0,"end":4,"sentence":0}"#.utf8)
        #expect(try JSONDecoder().decode(Mention.self, from: old).field == .text)
    }

    @Test func theMentionStoreAndSpoolKeepTheField() throws {
        var builder = MentionStore.Builder()
        let mentions = [Mention(documentID: "d", entityID: "e", text: "Kyiv", start: 0, end: 4, sentence: 0, field: .title),
                        Mention(documentID: "d", entityID: "e", text: "Kyiv", start: 3, end: 7, sentence: 2)]
        builder.append(contentsOf: mentions)
        #expect(Array(builder.finish()) == mentions)
        let found = DocumentEntities(documentID: "d", documentIndex: 0, entities: [],
                                     mentions: [LocalMention(entity: 0, text: "Kyiv", start: 0, end: 4, sentence: 1, field: .title)])
        let bytes = FoundRecord.encode(found)
        #expect(try bytes.withUnsafeBytes { try FoundRecord.decode($0) } == found)
    }
}

extension HeadlineTextTests {
    @Test func aTitleCopiedFromTheFirstSentenceAddsNoMentions() {
        let text = "Shells hit Kharkiv on Monday, officials said. More followed."
        let found = extract(title: "Shells hit Kharkiv on Monday, officials…", text: text, ["Kharkiv": .location])
        #expect(found.mentions.map(\.field) == [.text])
        #expect(found.mentions.map(\.start) == [11])
    }
}
