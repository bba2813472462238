import Core
import Testing

@Suite struct MentionStoreTests {
    static let mentions = [
        Mention(documentID: "a", entityID: "person:ann", text: "Ann", start: 0, end: 3, sentence: 0),
        Mention(documentID: "a", entityID: "geonames:703448", text: "Kyiv", start: 400, end: 404, sentence: 12),
        // Out of order within a document, and a long multi-scalar surface.
        Mention(documentID: "a", entityID: "person:ann", text: "Ann Müller-Łukasiewicz 🇺🇦", start: 20, end: 44, sentence: 1),
        Mention(documentID: "b-with-a-long-identifier-that-is-not-inline", entityID: "geonames:703448", text: "القدس", start: 70_000_000, end: 70_000_005, sentence: 9_999),
        // A document seen again after another one, and odd numbers a corpus JSON may carry.
        Mention(documentID: "a", entityID: "org:x", text: "", start: -5, end: -9, sentence: -1),
    ]

    @Test func givesBackEveryMentionInOrder() {
        let store = MentionStore(Self.mentions)
        #expect(store.count == Self.mentions.count)
        #expect(Array(store) == Self.mentions)
        // Iterating twice gives the same answer: the store is a value, not a one-shot stream.
        #expect(Array(store) == Array(store))
    }

    @Test func builderAndArrayGiveEqualStores() {
        var builder = MentionStore.Builder()
        for mention in Self.mentions { builder.append(mention) }
        #expect(builder.finish() == MentionStore(Self.mentions))
        #expect(MentionStore(Self.mentions.dropLast()) != MentionStore(Self.mentions))
    }

    @Test func emptyStore() {
        let store: MentionStore = []
        #expect(store.isEmpty)
        #expect(store.count == 0)
        #expect(Array(store).isEmpty)
    }

    @Test func packsAMentionIntoFarFewerBytesThanTheStructs() {
        // 1,000 documents of 30 mentions over 200 entities, like a news corpus.
        var builder = MentionStore.Builder()
        for document in 0..<1_000 {
            for index in 0..<30 {
                let start = index * 90 + 7
                builder.append(Mention(documentID: "bbc-business-\(document)", entityID: "person:someone-\(index * 7 % 200)",
                                       text: "Someone Else", start: start, end: start + 12, sentence: index / 2))
            }
        }
        let store = builder.finish()
        #expect(store.count == 30_000)
        #expect(store.approximateByteSize < 30_000 * 12, "packed size \(store.approximateByteSize) bytes")
    }
}
