/// Trains a `NERModel` as an averaged perceptron (Collins, 2002) over hashed features, decoding
/// greedily over the BIO tags of `NERTagSet` with the model's own previous decisions as history, as the tagger will at run
/// time. Deterministic: documents are shuffled each epoch by a SplitMix64 generator seeded
/// with `seed`, arithmetic runs in a fixed order, so the same data and settings give the same
/// model bytes.
///
/// With `runs` above 1, training is repeated with seeds `seed`, `seed + 1` ... and the
/// averaged weights of the runs are averaged again (parameter mixing, as in McDonald et al.
/// 2010): one model, tagged as fast as one run's, that depends less on the shuffle's luck.
public struct NERTrainer {
    public var epochs: Int
    public var seed: UInt64
    public var bucketBits: Int
    public var runs: Int

    /// - Parameter bucketBits: log2 of the feature hash buckets; 21 by default, as
    ///   `newskit-train --bucket-bits` and the shipped model (docs/tagger.md).
    public init(epochs: Int = 10, seed: UInt64 = 1, bucketBits: Int = 21, runs: Int = 1) {
        self.epochs = epochs
        self.seed = seed
        self.bucketBits = bucketBits
        self.runs = runs
    }

    /// Trains on `corpus` with the place lists in `gazetteerTSV` (`tools/ner-gazetteer.tsv`) and
    /// the word clusters in `clustersTSV` (`tools/word-clusters.tsv`; empty for none).
    /// `afterEpoch` gets the run (from 1), the epoch number and that run's averaged model so
    /// far (to report dev scores).
    public func train(_ corpus: CoNLLCorpus, gazetteerTSV: String, clustersTSV: String = "",
                      afterEpoch: ((_ run: Int, _ epoch: Int, NERModel) -> Void)? = nil) -> NERModel {
        let gazetteer = NERGazetteer(tsv: gazetteerTSV)
        let clusters = WordClusters(tsv: clustersTSV)
        let docs = corpus.documents.map { NERFeatures(tokens: $0.tokens, gazetteer: gazetteer, clusters: clusters, documentContexts: true) }
        func model(_ weights: [Float]) -> NERModel {
            NERModel(bucketBits: bucketBits, weights: weights, gazetteer: gazetteer, clusters: clusters, documentContexts: true)
        }
        var mixed: [Float] = []
        for run in 1...max(1, runs) {
            var state = PerceptronState(size: (1 << bucketBits) * NERTagSet.count, mask: (1 << UInt64(bucketBits)) - 1)
            var rng = SplitMix64(seed: seed &+ UInt64(run - 1))
            var order = Array(corpus.documents.indices)
            for epoch in 1...max(1, epochs) {
                rng.shuffle(&order)
                for d in order { state.learn(docs[d], corpus.documents[d]) }
                if let afterEpoch { afterEpoch(run, epoch, model(state.averaged())) }
            }
            let weights = state.averaged()
            if mixed.isEmpty { mixed = weights } else { for k in mixed.indices { mixed[k] += weights[k] } }
        }
        if runs > 1 {
            let share = 1 / Float(runs)
            for k in mixed.indices { mixed[k] *= share }
        }
        return model(mixed)
    }
}

/// The perceptron's weights and the running sums for averaging (Daumé's trick: the average is
/// `w - u / c`, with `u` summing each update times the step it happened at).
struct PerceptronState {
    var w: [Float]
    var u: [Double]
    var step: Double = 1
    let mask: UInt64

    init(size: Int, mask: UInt64) {
        w = [Float](repeating: 0, count: size)
        u = [Double](repeating: 0, count: size)
        self.mask = mask
    }

    /// Learns from both passes `NERModel.tags` makes: the first, then the second, which sees
    /// the first pass's memory.
    mutating func learn(_ doc: NERFeatures, _ gold: CoNLLCorpus.Document) {
        let first = learnPass(doc, gold, NERHistory())
        learnPass(doc, gold, NERHistory(firstPass: NERHistory.memory(first, doc)))
    }

    /// One greedy pass over a document, updating on every wrong tag; returns the tags it chose.
    @discardableResult
    mutating func learnPass(_ doc: NERFeatures, _ gold: CoNLLCorpus.Document, _ start: NERHistory) -> [Int] {
        var history = start
        var extra: [UInt64] = []
        var scores = [Float](repeating: 0, count: NERTagSet.count)
        let goldTags = gold.tags
        var chosen = [Int](repeating: 0, count: goldTags.count)
        for i in gold.tokens.indices {
            if i > 0 && gold.tokens[i].sentence != gold.tokens[i - 1].sentence { history.startSentence() }
            extra.removeAll(keepingCapacity: true)
            history.appendFeatures(i, doc, into: &extra)
            let predicted = w.withUnsafeBufferPointer { weights in
                scores.withUnsafeMutableBufferPointer { s in
                    NERWeights.score(doc, i, extra: extra, weights: weights, mask: mask, into: s)
                    return history.best(UnsafeBufferPointer(s))
                }
            }
            let truth = goldTags[i]
            if predicted != truth {
                for k in doc.offsets[i]..<doc.offsets[i + 1] { update(doc.features[k], truth, predicted) }
                for f in extra { update(f, truth, predicted) }
            }
            step += 1
            chosen[i] = predicted
            history.record(i, predicted, doc)
        }
        return chosen
    }

    @inline(__always)
    mutating func update(_ feature: UInt64, _ truth: Int, _ predicted: Int) {
        let row = Int(feature & mask) * NERTagSet.count
        w[row + truth] += 1
        u[row + truth] += step
        w[row + predicted] -= 1
        u[row + predicted] -= step
    }

    func averaged() -> [Float] {
        zip(w, u).map { Float(Double($0) - $1 / step) }
    }
}

/// SplitMix64 (Steele et al., 2014): a tiny generator whose output is fixed by its seed.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return FeatureHash.mix(state &- 0x9e37_79b9_7f4a_7c15)
    }

    /// Fisher–Yates, written out so the order never depends on the standard library's version.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            items.swapAt(i, j)
        }
    }
}
