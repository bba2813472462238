@testable import Core
import Testing

@Suite struct FoundSpoolTests {
    static func found(_ index: Int) -> DocumentEntities {
        DocumentEntities(
            documentID: "doc-\(index)", documentIndex: index,
            entities: [LocalEntity(key: "person:ann-\(index % 3)", type: .person, name: "Ann \(index % 3)", surfaces: ["Ann", "Ann \(index % 3)"])],
            mentions: (0..<index % 4).map { LocalMention(entity: 0, text: "Ann", start: $0 * 10, end: $0 * 10 + 3, sentence: $0) })
    }

    @Test func givesBackWhatWasAppendedByIndexInAnyOrder() throws {
        let spool = try FoundSpool()
        for index in 0..<50 { try spool.append(Self.found(index)) }
        let store = spool.store()
        #expect(store.count == 50)
        for index in [49, 0, 17, 17, 3] {
            #expect(try store.load(at: index) == Self.found(index))
        }
    }

    @Test func concatenatedStoresFindTheRightPart() throws {
        let first = FoundStore((0..<3).map(Self.found))
        let spool = try FoundSpool()
        for index in 3..<10 { try spool.append(Self.found(index)) }
        let both = FoundStore.concatenating([first, FoundStore([]), spool.store()])
        #expect(both.count == 10)
        for index in 0..<10 { #expect(try both.load(at: index) == Self.found(index)) }
    }

    @Test func keyAccumulatorAgreesWithCombiningRowsPairwise() {
        let rows = (0..<40).flatMap { Self.found($0).entities.map(KeyRow.init) }
        var accumulator = KeyRow.Accumulator()
        for row in rows.reversed() { accumulator.add(row) }
        var pairwise: [String: KeyRow] = [:]
        for row in rows { pairwise[row.key] = pairwise[row.key].map { $0.combined(with: row) } ?? row }
        #expect(accumulator.rows == pairwise.keys.sorted().compactMap { pairwise[$0] })
        #expect(accumulator.count == 3)
        #expect(accumulator.rows.map(\.documents) == [14, 13, 13])
    }

    @Test func resolvingKeyedMentionsSharesOrDropsAsNeeded() {
        let keyed = MentionStore([
            Mention(documentID: "a", entityID: "person:ann", text: "Ann", start: 0, end: 3, sentence: 0),
            Mention(documentID: "a", entityID: "person:ann-smith", text: "Ann Smith", start: 5, end: 14, sentence: 0),
            Mention(documentID: "b", entityID: "org:x", text: "X", start: 1, end: 2, sentence: 0),
        ])
        let merged = keyed.mappingEntityIDs { $0.hasPrefix("person:") ? "person:ann-smith" : "org:x" }
        #expect(merged.map(\.entityID) == ["person:ann-smith", "person:ann-smith", "org:x"])
        #expect(merged.map(\.text) == ["Ann", "Ann Smith", "X"])
        let dropped = keyed.mappingEntityIDs { $0 == "org:x" ? nil : $0 }
        #expect(dropped.count == 2)
        #expect(dropped.map(\.documentID) == ["a", "a"])
    }
}
