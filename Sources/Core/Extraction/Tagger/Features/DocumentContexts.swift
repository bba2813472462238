/// Context aggregation (Ratinov and Roth 2009): a capitalised word also sees the words
/// around its other occurrences in the document. `Pirelli said` in one sentence and
/// `Pirelli SpA chairman` in another tell about each other; a headline's `LEICESTERSHIRE`
/// learns from `Leicestershire beat Somerset` below it.
///
/// Keys on the lowercase form, so a headline's capitals meet the body's words. Only the first
/// `limit` other occurrences count, which bounds the work on long documents.
struct DocumentContexts {
    /// Token indices of each capitalised word's occurrences, by lowercase-form hash.
    private let occurrences: HashKeyTable<[Int]>
    static let limit = 8

    init(lower: [UInt64], capitalised: [Bool]) {
        var occurrences = HashKeyTable<[Int]>(capacity: 64)
        for i in lower.indices where capitalised[i] { occurrences[lower[i], default: []].append(i) }
        self.occurrences = occurrences
    }

    /// Appends token `i`'s features (templates 60 and 61): the lowercase word before and after
    /// each other occurrence; `neighbour(j, d)` gives the word `d` tokens from `j` in its
    /// sentence, or a sentence-edge marker.
    func appendFeatures(_ i: Int, lower: UInt64, capitalised: Bool, neighbour: (_ j: Int, _ d: Int) -> UInt64,
                        into features: inout [UInt64]) {
        guard capitalised, let others = occurrences[lower] else { return }
        var seen = 0
        for j in others where j != i {
            features.append(FeatureHash.combine(60, neighbour(j, -1)))
            features.append(FeatureHash.combine(61, neighbour(j, 1)))
            seen += 1
            if seen == Self.limit { break }
        }
    }
}
