import Core
import Testing

@Suite struct DocumentOrderTests {
    @Test func inputThenPathBytesThenRecord() {
        let orders = [
            DocumentOrder(input: 1, path: "a.jsonl", record: 1),
            DocumentOrder(input: 0, path: "b.jsonl", record: 2),
            DocumentOrder(input: 0, path: "b.jsonl", record: 10),
            DocumentOrder(input: 0, path: "B.jsonl", record: 5),
            DocumentOrder(input: 0, path: "é.jsonl", record: 0),
        ]
        #expect(orders.sorted().map { "\($0.input) \($0.path) \($0.record)" } == [
            "0 B.jsonl 5", "0 b.jsonl 2", "0 b.jsonl 10", "0 é.jsonl 0", "1 a.jsonl 1",
        ])
    }

    @Test func ordersOfAStoreUseLinesElsePositionsWithinAPath() {
        let store = DocumentStore([
            Document(id: "a", text: "x", origin: Origin(path: "f.jsonl", line: 3, sha256: "")),
            Document(id: "b", text: "x", origin: Origin(path: "g.warc", sha256: "")),
            Document(id: "c", text: "x", origin: Origin(path: "g.warc", sha256: "")),
        ])
        #expect(DocumentOrder.orders(of: store, input: 2).map(\.record) == [3, 0, 1])
        #expect(DocumentOrder.orders(of: store, input: 2).allSatisfy { $0.input == 2 })
    }
}
