/// The decisions a left-to-right decoder has made so far in one document, and the features
/// they give the next token: the previous two tags, and the label this word last received in
/// the document (Ratinov and Roth's "prediction history", which keeps `Kharkiv` a place in
/// the tenth sentence once the first ones said so).
struct NERHistory {
    var previous = NERTagSet.outside
    var beforePrevious = NERTagSet.outside
    /// Lowercase-word hash -> label index + 1 of its latest tag (0 for `O`).
    var lastLabel = HashKeyTable<UInt64>(capacity: 256)
    /// From a first pass over the whole document: lowercase-word hash -> label index + 1 of an
    /// entity tag it got anywhere (later mentions too, which the left-to-right memory cannot
    /// see: a headline's names are explained by the body below it). Nil in the first pass.
    var firstPass: HashKeyTable<UInt64>?

    init(firstPass: HashKeyTable<UInt64>? = nil) {
        self.firstPass = firstPass
    }

    /// The first-pass memory of a document tagged `tags`.
    static func memory(_ tags: [Int], _ doc: NERFeatures) -> HashKeyTable<UInt64> {
        var memory = HashKeyTable<UInt64>(capacity: 256)
        for (i, tag) in tags.enumerated() {
            guard let label = NERTagSet.label(of: tag) else { continue }
            memory[doc.lower[i]] = UInt64(NERTagSet.index(of: label) + 1)
        }
        return memory
    }

    /// Appends token `i`'s history features to `buffer`.
    func appendFeatures(_ i: Int, _ doc: NERFeatures, into buffer: inout [UInt64]) {
        let p = UInt64(previous), pp = UInt64(beforePrevious)
        let cap: UInt64 = doc.capitalised[i] ? 1 : 0
        buffer.append(FeatureHash.combine(40, p))
        buffer.append(FeatureHash.combine(41, p, pp))
        buffer.append(FeatureHash.combine(42, p, doc.lower[i]))
        buffer.append(FeatureHash.combine(43, p, doc.shape[i]))
        let seen = lastLabel[doc.lower[i]].map { $0 + 1 } ?? 0
        buffer.append(FeatureHash.combine(44, seen, cap))
        buffer.append(FeatureHash.combine(45, seen, doc.shape[i], p == 0 ? 0 : 1))
        // `firstPass?[...]` reads the table in place; `if let` copied it (two retains) per token.
        if firstPass != nil {
            let global = firstPass?[doc.lower[i]] ?? 0
            let next = i + 1 < doc.lower.count ? firstPass?[doc.lower[i + 1]] ?? 0 : 0
            buffer.append(FeatureHash.combine(47, global, cap))
            buffer.append(FeatureHash.combine(48, global, doc.shape[i], p))
            buffer.append(FeatureHash.combine(49, global, next, cap))
        }
    }

    /// Records that token `i` got `tag`.
    mutating func record(_ i: Int, _ tag: Int, _ doc: NERFeatures) {
        beforePrevious = previous
        previous = tag
        if doc.capitalised[i] || tag != NERTagSet.outside {
            lastLabel[doc.lower[i]] = NERTagSet.label(of: tag).map { UInt64(NERTagSet.index(of: $0) + 1) } ?? 0
        }
    }

    /// The best tag allowed after the previous one, from per-tag `scores`.
    func best(_ scores: UnsafeBufferPointer<Float>) -> Int {
        best(TagScores(scores))
    }

    /// The best tag allowed after the previous one; the first of equal scores wins.
    func best(_ scores: TagScores) -> Int {
        let allowed = NERTagSet.allowedAfter(previous)
        var best = NERTagSet.outside
        var bestScore = -Float.infinity
        for tag in 0..<TagScores.count where allowed & (1 << tag) != 0 && scores[tag] > bestScore {
            best = tag
            bestScore = scores[tag]
        }
        return best
    }
}
