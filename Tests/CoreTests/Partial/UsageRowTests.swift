import Core
import Foundation
import Testing

/// Usage rows fold into the same counts whatever the grouping and order, as a Spark reduce
/// gives them.
@Suite struct UsageRowTests {
    /// One row per slice: slice `s` lists documents `s-0`, `s-1`, … (`perSlice` of them).
    private func rows(slices: Int, perSlice: Int) -> [UsageRow] {
        (0..<slices).map { slice in
            UsageRow(entity: "city:x", slice: slice, mentions: perSlice * 2, documents: perSlice,
                     documentIDs: (0..<perSlice).map { "\(slice)-\($0)" }, firstDate: "2024-0\(slice % 9 + 1)-01", lastDate: "2024-0\(slice % 9 + 1)-28")
        }
    }

    @Test func foldsInAnyGroupingToTheFirstDocumentsInCorpusOrder() throws {
        let all = rows(slices: 7, perSlice: 4)
        let inOrder = all.dropFirst().reduce(all[0]) { $0.combined(with: $1) }
        #expect(inOrder.mentions == 56)
        #expect(inOrder.documents == 28)
        #expect(inOrder.documentIDs == (0..<5).flatMap { s in (0..<4).map { "\(s)-\($0)" } })
        #expect(inOrder.firstDate == "2024-01-01")
        #expect(inOrder.lastDate == "2024-07-28")
        // Interleaved groups ({0,3,6} and {1,4} and {2,5}) combined in reverse.
        let groups = [[0, 3, 6], [1, 4], [2, 5]].map { $0.map { all[$0] }.reversed().reduce(nil as UsageRow?) { $0?.combined(with: $1) ?? $1 }! }
        let folded = groups.reversed().dropFirst().reduce(groups.last!) { $0.combined(with: $1) }
        #expect(folded == inOrder)
    }

    @Test func keepsTheListShortAndWritesOneSortedLine() throws {
        let row = rows(slices: 2, perSlice: 30).reduce(nil as UsageRow?) { $0?.combined(with: $1) ?? $1 }!
        #expect(row.listed.count == UsageRow.listedDocuments)
        #expect(row.documents == 60)
        let line = String(decoding: try row.jsonLine(), as: UTF8.self)
        #expect(line.hasPrefix("{\"documents\":60,\"entity\":\"city:x\",\"firstDate\":\"2024-01-01\""))
        #expect(line.hasSuffix("}\n"))
        #expect(try JSONDecoder().decode(UsageRow.self, from: Data(line.utf8)) == row)
    }
}
