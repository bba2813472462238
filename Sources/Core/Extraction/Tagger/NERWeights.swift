/// Scoring with a dense hashed weight table, as training keeps it: feature `f` owns the row
/// `(f & mask) * tagCount ..< + tagCount` of `weights`, one weight per BIO tag. A trained model
/// keeps only the non-zero rows (`NERWeightTable`) and sums them in this same order.
enum NERWeights {
    static let tagCount = NERTagSet.count

    /// Adds the rows of `features` (static ones for token `i`, then `extra`) into `scores`.
    @inline(__always)
    static func score(
        _ doc: NERFeatures, _ i: Int, extra: [UInt64], weights: UnsafeBufferPointer<Float>, mask: UInt64,
        into scores: UnsafeMutableBufferPointer<Float>
    ) {
        for t in 0..<tagCount { scores[t] = 0 }
        doc.features.withUnsafeBufferPointer { all in
            for k in doc.offsets[i]..<doc.offsets[i + 1] { addRow(all[k], weights, mask, scores) }
        }
        for f in extra { addRow(f, weights, mask, scores) }
    }

    @inline(__always)
    static func addRow(_ f: UInt64, _ weights: UnsafeBufferPointer<Float>, _ mask: UInt64, _ scores: UnsafeMutableBufferPointer<Float>) {
        let row = Int(f & mask) &* tagCount
        for t in 0..<tagCount { scores[t] += weights[row &+ t] }
    }
}
