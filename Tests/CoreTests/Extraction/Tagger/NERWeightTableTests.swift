@testable import Core
import Testing

/// The sparse weight table must give the very floats the dense table gives: any difference
/// would change tags, and so every output.
@Suite struct NERWeightTableTests {
    /// A dense table of `1 << bits` rows where about one row in `sparsity` has weights.
    static func dense(bits: Int, sparsity: UInt64, seed: UInt64) -> [Float] {
        var rng = SplitMix64(seed: seed)
        var weights = [Float](repeating: 0, count: (1 << bits) * NERTagSet.count)
        for row in 0..<(1 << bits) where rng.next() % sparsity == 0 {
            for t in 0..<NERTagSet.count where rng.next() % 3 != 0 {
                weights[row * NERTagSet.count + t] = Float(Int64(rng.next() % 20_001) - 10_000) / 977
            }
        }
        return weights
    }

    @Test(arguments: [4, 6, 12])
    func sumsEqualTheDenseTable(bits: Int) {
        let dense = Self.dense(bits: bits, sparsity: 5, seed: UInt64(bits))
        let table = NERWeightTable(bucketBits: bits, dense: dense)
        var rng = SplitMix64(seed: 99)
        let mask: UInt64 = (1 << UInt64(bits)) - 1
        for _ in 0..<200 {
            let features = (0..<40).map { _ in rng.next() }
            var expected = [Float](repeating: 0, count: NERTagSet.count)
            var found = [Float](repeating: 0, count: NERTagSet.count)
            dense.withUnsafeBufferPointer { weights in
                expected.withUnsafeMutableBufferPointer { s in
                    for f in features { NERWeights.addRow(f, weights, mask, s) }
                }
            }
            table.withRows { rows in
                var sum = TagScores()
                for f in features { rows.add(f, to: &sum) }
                found.withUnsafeMutableBufferPointer { sum.store(to: $0) }
            }
            #expect(found.map(\.bitPattern) == expected.map(\.bitPattern))
        }
    }

    @Test func keepsOnlyRowsWithAWeightAndListsThemInOrder() {
        let dense = Self.dense(bits: 10, sparsity: 7, seed: 5)
        let table = NERWeightTable(bucketBits: 10, dense: dense)
        let rows = Set((0..<(1 << 10)).filter { row in (0..<NERTagSet.count).contains { dense[row * NERTagSet.count + $0] != 0 } })
        #expect(table.presentRowCount == rows.count)
        var listed: [Int] = []
        var rebuilt = [Float](repeating: 0, count: dense.count)
        table.forEachWeight { index, weight in
            listed.append(index)
            rebuilt[index] = weight
        }
        #expect(listed == listed.sorted())
        #expect(Set(listed.map { $0 / NERTagSet.count }) == rows)
        #expect(rebuilt == dense)
    }

    @Test func builderOverwritesARepeatedIndexAndSkipsZeroRows() {
        var builder = NERWeightTable.Builder(bucketBits: 8)
        builder.set(3, 0)
        builder.set(20, 1.5)
        builder.set(20, 2.5)
        builder.set(21, -1)
        let table = builder.finish()
        var weights: [Int: Float] = [:]
        table.forEachWeight { weights[$0] = $1 }
        #expect(table.presentRowCount == 1)
        #expect(weights[20] == 2.5)
        #expect(weights[21] == -1)
        #expect(weights[3] == nil)
    }

    @Test func emptyTableAddsNothing() {
        let table = NERWeightTable(bucketBits: 8, dense: [Float](repeating: 0, count: 256 * NERTagSet.count))
        var scores = [Float](repeating: 0, count: NERTagSet.count)
        table.withRows { rows in
            var sum = TagScores()
            rows.add(12345, to: &sum)
            #expect(rows.slot(of: 12345) == 0)
            scores.withUnsafeMutableBufferPointer { sum.store(to: $0) }
        }
        #expect(scores.allSatisfy { $0 == 0 && $0.sign == .plus })
        #expect(table.presentRowCount == 0)
    }

    @Test func tagScoresHoldEveryTag() {
        #expect(TagScores.count == NERTagSet.count)
        var scores = TagScores()
        scores.first = SIMD8(0, 1, 2, 3, 4, 5, 6, 7)
        scores.last = 8
        #expect((0..<TagScores.count).map { scores[$0] } == (0..<9).map(Float.init))
    }
}
