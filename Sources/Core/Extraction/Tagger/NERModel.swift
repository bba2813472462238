/// A trained tagger: hashed feature weights (one row of BIO-tag weights per bucket) and the
/// gazetteer its features were trained with. Decoding is greedy, left to right over the
/// document, with the previous tags and the document's earlier decisions as features.
public struct NERModel: Sendable, Equatable {
    /// The weights, `(1 << bucketBits)` rows of `NERTagSet.count`, stored sparsely.
    let weights: NERWeightTable
    let gazetteer: NERGazetteer
    /// Word clusters from unlabelled news (empty for models trained without them).
    let clusters: WordClusters
    /// Whether the model was trained with the words around a word's other occurrences in the
    /// document (`DocumentContexts`, model format 3); older files tag as they always did.
    let documentContexts: Bool

    /// A model from dense weights (`(1 << bucketBits) * NERTagSet.count`, as training makes them).
    init(bucketBits: Int, weights: [Float], gazetteer: NERGazetteer, clusters: WordClusters = .empty, documentContexts: Bool = false) {
        self.init(weights: NERWeightTable(bucketBits: bucketBits, dense: weights), gazetteer: gazetteer, clusters: clusters,
                  documentContexts: documentContexts)
    }

    init(weights: NERWeightTable, gazetteer: NERGazetteer, clusters: WordClusters = .empty, documentContexts: Bool = false) {
        self.weights = weights
        self.gazetteer = gazetteer
        self.clusters = clusters
        self.documentContexts = documentContexts
    }

    /// The static features of one document, as this model was trained to see them.
    func features(_ tokens: [Token]) -> NERFeatures {
        NERFeatures(tokens: tokens, gazetteer: gazetteer, clusters: clusters, documentContexts: documentContexts)
    }

    /// log2 of the number of hash buckets.
    var bucketBits: Int { weights.bucketBits }

    /// The BIO tag of every token of one document: a first pass, then a second one that also
    /// sees what the first said about each word anywhere in the document.
    func tags(_ tokens: [Token]) -> [Int] {
        let doc = features(tokens)
        let fixed = staticScores(doc, count: tokens.count)
        let first = decode(tokens, doc, NERHistory(), fixed)
        return decode(tokens, doc, NERHistory(firstPass: NERHistory.memory(first, doc)), fixed)
    }

    /// Each token's scores from its static features alone (`NERTagSet.count` per token), the
    /// part both passes share: summed once, in the order training's `NERWeights.score` sums them, so
    /// adding the history features on top gives the very same floats.
    func staticScores(_ doc: NERFeatures, count: Int) -> [Float] {
        let tagCount = NERTagSet.count
        var result = [Float](repeating: 0, count: count * tagCount)
        weights.withRows { rows in
            result.withUnsafeMutableBufferPointer { all in
                doc.features.withUnsafeBufferPointer { features in
                    // Every row's place first: these lookups do not depend on one another, so the
                    // processor overlaps their cache misses instead of waiting on each sum.
                    let slots = features.map { rows.slot(of: $0) }
                    for i in 0..<count {
                        var scores = TagScores()
                        for k in doc.offsets[i]..<doc.offsets[i + 1] { rows.add(slot: slots[k], to: &scores) }
                        scores.store(to: UnsafeMutableBufferPointer(rebasing: all[(i * tagCount)..<((i + 1) * tagCount)]))
                    }
                }
            }
        }
        return result
    }

    /// One greedy left-to-right pass; `fixed` holds the static scores (`staticScores`).
    func decode(_ tokens: [Token], _ doc: NERFeatures, _ start: NERHistory, _ fixed: [Float]) -> [Int] {
        var history = start
        var tags = [Int](repeating: 0, count: tokens.count)
        weights.withRows { rows in
            fixed.withUnsafeBufferPointer { fixed in
                tags.withUnsafeMutableBufferPointer { tags in
                    Self.decode(tokens, doc, &history, fixed, rows, into: tags)
                }
            }
        }
        return tags
    }

    /// The loop of `decode`, apart so that `history` is a plain `inout` (captured by the
    /// closures above, it was copied, arrays retained, for every token).
    private static func decode(_ tokens: [Token], _ doc: NERFeatures, _ history: inout NERHistory, _ fixed: UnsafeBufferPointer<Float>,
                               _ rows: NERWeightTable.Rows, into tags: UnsafeMutableBufferPointer<Int>) {
        let tagCount = NERTagSet.count
        var extra: [UInt64] = []
        extra.reserveCapacity(16)
        for i in tokens.indices {
            if i > 0 && tokens[i].sentence != tokens[i - 1].sentence { history.startSentence() }
            extra.removeAll(keepingCapacity: true)
            history.appendFeatures(i, doc, into: &extra)
            var sum = TagScores(UnsafeBufferPointer(rebasing: fixed[(i * tagCount)..<((i + 1) * tagCount)]))
            for f in extra { rows.add(f, to: &sum) }
            let tag = history.best(sum)
            tags[i] = tag
            history.record(i, tag, doc)
        }
    }
}

extension NERHistory {
    /// Forgets the previous tags at a sentence boundary (the document memory stays).
    mutating func startSentence() {
        previous = NERTagSet.outside
        beforePrevious = NERTagSet.outside
    }
}
