import Core

/// How many sampled shingles each pair of stories shares, counted in bounded memory for
/// `DuplicateFinder`.
///
/// Pairs are counted in a dictionary of at most `capacity` pairs. When it is full, its counts
/// go to an `ExternalSorter` as one value each (the pair in the top 48 bits, the count in the
/// low 16) and the dictionary starts again; `forEach` then adds up the counts of each pair
/// across those batches. A corpus whose pairs fit (the BBC corpus at 1x has about 40,000)
/// never touches the disk; at 10x, where each story has nine exact copies, the dictionary is
/// emptied a few times instead of growing to millions of entries.
struct SharedShingleCounts {
    /// Pairs counted in memory at a time (about 2 MB of dictionary).
    static let capacity = 1 << 16
    static let storyBits: UInt64 = 24
    private static let countBits: UInt64 = 16
    private static let maximumBatchCount: UInt32 = (1 << 16) - 1

    private var counts: [UInt64: UInt32] = [:]
    private let batches = ExternalSorter(name: "pairs")

    /// Counts one more shingle shared by stories `a` and `b` (`a < b < 2^24`).
    mutating func add(_ a: UInt64, _ b: UInt64) throws {
        counts[a << Self.storyBits | b, default: 0] += 1
        if counts.count >= Self.capacity { try writeBatch() }
    }

    /// Calls `body` once per pair that shares at least one shingle, with the number shared.
    /// The order of pairs is unspecified.
    mutating func forEach(_ body: (_ a: Int, _ b: Int, _ shared: Int) -> Void) throws {
        let mask: UInt64 = (1 << Self.storyBits) - 1
        guard batches.count > 0 else {
            for (pair, count) in counts { body(Int(pair >> Self.storyBits), Int(pair & mask), Int(count)) }
            return
        }
        try writeBatch()
        var current: UInt64?
        var total = 0
        try batches.forEachSorted { value in
            let pair = value >> Self.countBits, count = Int(value & UInt64(Self.maximumBatchCount))
            if pair == current {
                total += count
                return
            }
            if let current { body(Int(current >> Self.storyBits), Int(current & mask), total) }
            current = pair
            total = count
        }
        if let current { body(Int(current >> Self.storyBits), Int(current & mask), total) }
    }

    private mutating func writeBatch() throws {
        for (pair, count) in counts {
            // A count past 16 bits (two stories sharing over 65,535 sampled shingles: half a
            // million words each) is written in pieces that `forEach` adds up again.
            var left = count
            while left > 0 {
                let piece = min(left, Self.maximumBatchCount)
                try batches.append(pair << Self.countBits | UInt64(piece))
                left -= piece
            }
        }
        counts.removeAll(keepingCapacity: true)
    }
}
