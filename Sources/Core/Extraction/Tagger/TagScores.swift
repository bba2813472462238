/// One token's score for each of the nine BIO tags while weight rows are added to it: eight in a
/// vector and the ninth alone, so that the sums stay in registers instead of going through
/// memory after every row. Each lane adds in the same order as a scalar loop would, so the sums
/// are the same floats.
struct TagScores {
    var first = SIMD8<Float>()
    var last: Float = 0

    /// How many tags it holds (`NERWeightTable.withRows` checks that `NERTagSet` agrees).
    static let count = 9

    init() {}

    /// The scores stored at `scores[0..<9]`.
    init(_ scores: UnsafeBufferPointer<Float>) {
        self.init()
        for t in 0..<8 { first[t] = scores[t] }
        last = scores[8]
    }

    /// The score of tag `t` (0..<9).
    subscript(t: Int) -> Float {
        t < 8 ? first[t] : last
    }

    /// Writes the scores to `scores[0..<9]`.
    func store(to scores: UnsafeMutableBufferPointer<Float>) {
        for t in 0..<8 { scores[t] = first[t] }
        scores[8] = last
    }
}
