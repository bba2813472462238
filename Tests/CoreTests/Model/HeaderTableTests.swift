import Core
import Testing

@Suite struct HeaderTableTests {
    static let digest = "b11779c5e855341c7614985d97d29804ac32b9910b5a09399abd5bec96c31850"
    static let headers = [
        DocumentHeader(id: "a", title: "Ad sales boost Time Warner profit", date: "2022-03-01", source: "BBC", url: "https://example.org/a",
                       origin: Origin(path: "samples/a.txt", line: nil, sha256: digest), wordCount: 421),
        DocumentHeader(id: "feed.jsonl:7", title: nil, date: nil, source: nil, url: nil,
                       origin: Origin(path: "feed.jsonl", line: 7, sha256: digest.uppercased()), wordCount: 0),
        DocumentHeader(id: "ünïcödé 🇺🇦", title: "القدس — \"quoted\"", date: nil, source: "", url: nil, origin: nil, wordCount: 3),
        DocumentHeader(id: "", title: "", date: "", source: nil, url: "", origin: Origin(path: "", line: 0, sha256: "not a digest"), wordCount: 70_000_000),
    ]

    @Test func givesBackEveryHeaderExactly() {
        let table = HeaderTable(Self.headers)
        #expect(table.count == Self.headers.count)
        #expect(Array(table) == Self.headers)
        // Digests that are not lowercase hex are kept as they were, not normalised.
        #expect(table[1].origin?.sha256 == Self.digest.uppercased())
    }

    @Test func manyHeadersAndOneLargerThanAChunkRoundTrip() {
        var headers = (0..<3_000).map { index in
            DocumentHeader(id: "feed.jsonl:\(index)", title: "Headline number \(index) " + String(repeating: "é", count: index % 90),
                           date: nil, source: "Wire", url: nil,
                           origin: Origin(path: index < 1_500 ? "feed.jsonl" : "other.jsonl", line: index + 1, sha256: Self.digest), wordCount: index)
        }
        headers.insert(DocumentHeader(id: "huge", title: String(repeating: "long title ", count: 10_000), date: nil, source: nil, url: nil,
                                      origin: Origin(path: "huge.txt", sha256: Self.digest), wordCount: 1), at: 1_234)
        let table = HeaderTable(headers)
        #expect(table.count == headers.count)
        #expect(Array(table) == headers)
        #expect(table[1_234].title?.count == 110_000)
    }

    @Test func renamingChangesOnlyTheIDs() {
        let renamed = HeaderTable(Self.headers).renamed(["w", "x", "y", "z"])
        #expect(renamed.map(\.id) == ["w", "x", "y", "z"])
        #expect(renamed.map(\.title) == Self.headers.map(\.title))
        #expect(renamed.map(\.origin) == Self.headers.map(\.origin))
    }

    @Test func aStoreOfDocumentsAndItsTableAgree() {
        let documents = (0..<20).map { Document(id: "d\($0)", title: "Title \($0)", text: String(repeating: "word ", count: $0)) }
        let store = DocumentStore(documents)
        #expect(Array(store.headers) == documents.map(DocumentHeader.init))
        #expect(store.selecting([3, 1]).headers.map(\.id) == ["d3", "d1"])
        #expect(store.renamed(documents.map { $0.id + "!" }).headers.last?.id == "d19!")
    }
}
