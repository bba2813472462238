/// The tagger's hashed weights, keeping only the rows that hold a non-zero weight.
///
/// A model has `1 << bucketBits` rows of `NERTagSet.count` weights, one row per feature bucket
/// (`NERWeights`): 75 MB of `Float`s at 21 bits. Training touches few buckets: the bundled
/// model has 125,220 non-zero rows of 2,097,152 (6%). Summing rows from the dense table was the
/// tagger's largest cost, as nearly every lookup missed the caches and the TLB. Here a bitmap
/// says which rows are present, with a running count per block of 64 rows (512 KB at 21 bits:
/// it stays in L2), and the present rows sit packed in row order (4.5 MB, L3), so a lookup
/// touches the bitmap and one packed row; absent rows all read one zero row, which stays in L1.
///
/// Scores are the very floats the dense table gives: present rows are added in the same order,
/// and an absent row is all zeros, whose addition changes no sum (sums start at +0.0 and never
/// become -0.0, the one value for which `x + 0` is not `x`).
struct NERWeightTable: Sendable, Equatable {
    let bucketBits: Int
    /// Per block of 64 rows, two words: the rows present (bit `r % 64` for row `r`), then how
    /// many rows are present before the block (so row `r`'s packed index is that count plus the
    /// present rows before it in its block, plus one for the zero row).
    private let blocks: [UInt64]
    /// An all-zero row (what absent rows read), then the present rows, `NERTagSet.count`
    /// weights each, in row order.
    private let packed: [Float]

    static let tagCount = NERTagSet.count

    /// The table of a dense weight array (`(1 << bucketBits) * NERTagSet.count` weights).
    init(bucketBits: Int, dense: [Float]) {
        var builder = Builder(bucketBits: bucketBits)
        for row in 0..<(dense.count / Self.tagCount) {
            for t in 0..<Self.tagCount where dense[row * Self.tagCount + t] != 0 {
                builder.set(row * Self.tagCount + t, dense[row * Self.tagCount + t])
            }
        }
        self = builder.finish()
    }

    fileprivate init(bucketBits: Int, blocks: [UInt64], packed: [Float]) {
        self.bucketBits = bucketBits
        self.blocks = blocks
        self.packed = packed
    }

    /// How many rows hold a non-zero weight.
    var presentRowCount: Int { packed.count / Self.tagCount - 1 }

    /// Calls `body` with each weight of the present rows and its index in the dense array, in
    /// index order (zero weights of present rows included).
    func forEachWeight(_ body: (_ index: Int, _ weight: Float) throws -> Void) rethrows {
        var slot = 1
        for block in 0..<(blocks.count / 2) {
            var bits = blocks[2 * block]
            while bits != 0 {
                let row = block * 64 + bits.trailingZeroBitCount
                for t in 0..<Self.tagCount { try body(row * Self.tagCount + t, packed[slot * Self.tagCount + t]) }
                slot += 1
                bits &= bits - 1
            }
        }
    }

    /// Calls `body` with a view for summing rows; the view must not escape `body`.
    func withRows<R>(_ body: (Rows) throws -> R) rethrows -> R {
        precondition(Self.tagCount == TagScores.count, "rows of \(Self.tagCount) tags do not fit TagScores")
        return try blocks.withUnsafeBufferPointer { blocks in
            try packed.withUnsafeBytes { packed in
                try body(Rows(blocks: blocks, packed: packed, mask: (1 << UInt64(bucketBits)) - 1))
            }
        }
    }

    /// Row lookup over the table's storage, without the array bounds checks and reference
    /// counting of the hot loop (`NERModel` looks up some forty rows per token and pass).
    struct Rows {
        let blocks: UnsafeBufferPointer<UInt64>
        let packed: UnsafeRawBufferPointer
        let mask: UInt64

        /// Where the row of `feature` (bucket `feature & mask`) is packed: 0, the zero row, when
        /// the row is absent.
        ///
        /// Branch-free: a branch on presence mispredicted about every other feature and kept the
        /// processor from fetching the next rows while one was still on its way.
        @inline(__always)
        func slot(of feature: UInt64) -> Int {
            let row = Int(truncatingIfNeeded: feature & mask)
            let block = row &>> 6
            let bit = UInt64(row & 63)
            let present = blocks[2 &* block]
            let isPresent = Int(truncatingIfNeeded: present &>> bit & 1)
            let below = present & ((1 &<< bit) &- 1)
            return (Int(truncatingIfNeeded: blocks[2 &* block &+ 1]) &+ below.nonzeroBitCount &+ 1) &* isPresent
        }

        /// Adds the row at `slot` to `scores`.
        @inline(__always)
        func add(slot: Int, to scores: inout TagScores) {
            let offset = slot &* NERWeightTable.tagCount &* MemoryLayout<Float>.stride
            scores.first += packed.loadUnaligned(fromByteOffset: offset, as: SIMD8<Float>.self)
            scores.last += packed.loadUnaligned(fromByteOffset: offset &+ 8 &* MemoryLayout<Float>.stride, as: Float.self)
        }

        /// Adds the row of `feature` to `scores`.
        @inline(__always)
        func add(_ feature: UInt64, to scores: inout TagScores) {
            add(slot: slot(of: feature), to: &scores)
        }
    }

    /// Builds a table from weights given in increasing index order (as the model file and a
    /// dense scan list them); a repeated index overwrites, as it would in a dense array.
    struct Builder {
        let bucketBits: Int
        private var blocks: [UInt64]
        private var packed = [Float](repeating: 0, count: NERWeightTable.tagCount)
        private var lastRow = -1

        init(bucketBits: Int) {
            self.bucketBits = bucketBits
            blocks = [UInt64](repeating: 0, count: 2 * (((1 << bucketBits) + 63) / 64))
        }

        /// The number of weights in the dense array.
        var denseCount: Int { (1 << bucketBits) * NERWeightTable.tagCount }

        /// Sets dense weight `index` (at least the previous index, below `denseCount`) to `weight`.
        mutating func set(_ index: Int, _ weight: Float) {
            let row = index / NERWeightTable.tagCount
            if row != lastRow {
                guard weight != 0 else { return }
                blocks[2 * (row / 64)] |= 1 << UInt64(row % 64)
                packed.append(contentsOf: repeatElement(0, count: NERWeightTable.tagCount))
                lastRow = row
            }
            packed[packed.count - NERWeightTable.tagCount + index % NERWeightTable.tagCount] = weight
        }

        /// The table, with each block's running count filled in.
        func finish() -> NERWeightTable {
            var blocks = blocks
            var before: UInt64 = 0
            for block in 0..<(blocks.count / 2) {
                blocks[2 * block + 1] = before
                before += UInt64(blocks[2 * block].nonzeroBitCount)
            }
            return NERWeightTable(bucketBits: bucketBits, blocks: blocks, packed: packed)
        }
    }
}
