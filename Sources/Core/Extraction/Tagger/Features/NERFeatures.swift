/// The tagger's view of one document: per-token hashes and the features that do not depend on
/// earlier decisions, computed once before decoding.
///
/// Feature templates (numbered so a hash never mixes two templates): the word, its lowercase
/// form, its shape (`Xx`, `X.X.`, `d-d`), prefixes and suffixes of 1–4 letters, the words and
/// shapes within ±2 tokens of the same sentence, word bigrams, sentence-initial and all-caps
/// headline flags, gazetteer matches here and next door, and document-level evidence: whether
/// the same word is capitalised mid-sentence, or written lowercase, elsewhere in the document,
/// and (models of format 3) the words around its other occurrences (`DocumentContexts`).
/// The features that depend on the tagger's own decisions (previous tags, this word's earlier
/// label in the document) are added while decoding (`NERModel.decode`, from `NERHistory`).
struct NERFeatures {
    /// Lowercase-form hash of every token (document-level memory keys on it).
    let lower: [UInt64]
    let shape: [UInt64]
    /// Whether the token starts with an uppercase letter.
    let capitalised: [Bool]
    /// The static features of token `i` are `features[offsets[i]..<offsets[i + 1]]`.
    let features: [UInt64]
    let offsets: [Int]

    static let padStart = FeatureHash.of("<s>")
    static let padEnd = FeatureHash.of("</s>")

    init(tokens: [Token], gazetteer: NERGazetteer, clusters: WordClusters = .empty, documentContexts: Bool = false) {
        let n = tokens.count
        let words = tokens.map(\.text)
        let wordHash = words.map { FeatureHash.of($0) }
        let hashed = words.map { WordHashes($0) }
        let lower = hashed.map(\.lower)
        let shape = hashed.map(\.shape)
        let traits = words.map(WordTraits.init)
        let capitalised = traits.map(\.firstIsUppercase)
        let sentences = tokens.map(\.sentence)
        let headline = SentenceFlags.headline(traits, sentences)
        let table = SentenceFlags.table(traits, sentences)
        let tableDocument: UInt64 = table.filter { $0 }.count * 5 > max(1, n) ? 1 : 0
        // Sentence-initial, or after an opening quote or a colon: capitalised for grammar, not because it is a name.
        let initial = (0..<n).map { $0 == 0 || sentences[$0 - 1] != sentences[$0] || traits[$0 - 1].isOpeningMark }
        let evidence = DocumentEvidence(words: traits, lower: lower, initial: initial, headline: headline)
        let gaz = gazetteer.matches(lowerHashes: lower, sentences: sentences)
        let kinds = NERGazetteer.kinds.count
        let runs = Self.capitalisedRuns(capitalised: capitalised, sentences: sentences)
        let cluster = (0..<n).map { UInt64(clusters.path(of: words[$0], wordHash: wordHash[$0], lower: lower[$0])) }

        func at(_ values: [UInt64], _ i: Int, _ d: Int) -> UInt64 {
            let j = i + d
            if j < 0 || (j < n && sentences[j] != sentences[i] && d < 0) { return Self.padStart }
            if j >= n || sentences[j] != sentences[i] { return Self.padEnd }
            return values[j]
        }
        func gazBits(_ j: Int, near i: Int) -> UInt64 {
            guard j >= 0, j < n, sentences[j] == sentences[i] else { return 0 }
            var bits: UInt64 = 0
            for k in 0..<kinds where gaz[j * kinds + k] != 0 { bits |= 1 << UInt64(k) }
            return bits
        }

        let contexts = documentContexts ? DocumentContexts(lower: lower, capitalised: capitalised) : nil
        var features: [UInt64] = []
        features.reserveCapacity(n * 40)
        var offsets = [0]
        offsets.reserveCapacity(n + 1)
        for i in 0..<n {
            let cap: UInt64 = capitalised[i] ? 1 : 0
            let head: UInt64 = headline[i] ? 1 : 0
            features.append(FeatureHash.combine(0, 0))
            features.append(FeatureHash.combine(1, wordHash[i]))
            features.append(FeatureHash.combine(2, lower[i]))
            features.append(FeatureHash.combine(3, shape[i]))
            hashed[i].appendAffixes(into: &features)
            let l1 = at(lower, i, -1), r1 = at(lower, i, 1), l2 = at(lower, i, -2), r2 = at(lower, i, 2)
            let s1 = at(shape, i, -1), t1 = at(shape, i, 1)
            features.append(FeatureHash.combine(12, l1))
            features.append(FeatureHash.combine(13, r1))
            features.append(FeatureHash.combine(14, l2))
            features.append(FeatureHash.combine(15, r2))
            features.append(FeatureHash.combine(16, s1))
            features.append(FeatureHash.combine(17, t1))
            features.append(FeatureHash.combine(18, s1, shape[i], t1))
            features.append(FeatureHash.combine(19, l1, lower[i]))
            features.append(FeatureHash.combine(20, lower[i], r1))
            features.append(FeatureHash.combine(21, initial[i] ? 1 : 0, shape[i]))
            features.append(FeatureHash.combine(22, head, lower[i]))
            features.append(FeatureHash.combine(23, head, shape[i], s1))
            features.append(FeatureHash.combine(24, shape[i], l1))
            features.append(FeatureHash.combine(25, lower[i], t1))
            features.append(FeatureHash.combine(26, l2, l1))
            features.append(FeatureHash.combine(27, r1, r2))
            for k in 0..<kinds where gaz[i * kinds + k] != 0 {
                features.append(FeatureHash.combine(30, UInt64(k), UInt64(gaz[i * kinds + k]), cap | head << 1))
            }
            features.append(FeatureHash.combine(31, gazBits(i - 1, near: i), gazBits(i, near: i), gazBits(i + 1, near: i)))
            features.append(FeatureHash.combine(32, evidence.capitalisedElsewhere[i] ? 1 : 0, evidence.lowercaseElsewhere[i] ? 1 : 0, shape[i] | head))
            features.append(FeatureHash.combine(33, evidence.capitalisedElsewhere[i] ? 1 : 0, initial[i] || headline[i] ? 1 : 0, cap))
            let tab: UInt64 = table[i] ? 1 : 0
            features.append(FeatureHash.combine(34, tab, shape[i], tableDocument))
            features.append(FeatureHash.combine(35, tab | tableDocument << 1, gazBits(i, near: i), cap))
            features.append(FeatureHash.combine(36, tab | tableDocument << 1, lower[i]))
            features.append(FeatureHash.combine(37, runs[i].length, runs[i].position, head | UInt64(initial[i] ? 2 : 0)))
            features.append(FeatureHash.combine(38, runs[i].length, runs[i].position, lower[i]))
            if !clusters.entries.isEmpty { Self.appendClusterFeatures(i, cluster, at: at, shape: shape[i], into: &features) }
            contexts?.appendFeatures(i, lower: lower[i], capitalised: capitalised[i], neighbour: { at(lower, $0, $1) }, into: &features)
            offsets.append(features.count)
        }
        self.lower = lower
        self.shape = shape
        self.capitalised = capitalised
        self.features = features
        self.offsets = offsets
    }

    /// Word-cluster features (templates 50–57): the path prefixes of 4, 8 and 12 decisions and
    /// the whole path of the word, 8 and 12 of its neighbours, and the 8-prefix with the shape.
    /// The padding hashes stand for the sentence's edges; unknown words have path 0. Models
    /// without clusters get none of these, so older model files tag exactly as before.
    private static func appendClusterFeatures(_ i: Int, _ cluster: [UInt64], at: (_ values: [UInt64], _ i: Int, _ d: Int) -> UInt64,
                                              shape: UInt64, into features: inout [UInt64]) {
        let own = UInt32(cluster[i])
        let left = at(cluster, i, -1), right = at(cluster, i, 1)
        func prefix(_ value: UInt64, _ length: Int) -> UInt64 {
            value == padStart || value == padEnd ? value : WordClusters.prefix(UInt32(truncatingIfNeeded: value), length)
        }
        features.append(FeatureHash.combine(50, WordClusters.prefix(own, 4)))
        features.append(FeatureHash.combine(51, WordClusters.prefix(own, 8)))
        features.append(FeatureHash.combine(52, WordClusters.prefix(own, 12)))
        features.append(FeatureHash.combine(53, UInt64(own)))
        features.append(FeatureHash.combine(54, prefix(left, 8)))
        features.append(FeatureHash.combine(55, prefix(right, 8)))
        features.append(FeatureHash.combine(56, prefix(left, 12), WordClusters.prefix(own, 12)))
        features.append(FeatureHash.combine(57, WordClusters.prefix(own, 8), shape))
    }

    /// The word's shape: `X` upper, `x` lower, `d` digit, other characters as they are, with
    /// runs collapsed (`Kharkiv` → `Xx`, `U.S.` → `X.X.`, `2022-02-28` → `d-d-d`).
    static func shape(of word: String) -> String {
        var result = ""
        var last: Character = "\0"
        for ch in word {
            let s: Character = ch.fastIsUppercase ? "X" : ch.fastIsLowercase ? "x" : ch.fastIsNumber ? "d" : ch.fastIsLetter ? "l" : ch
            if s != last { result.append(s) }
            last = s
        }
        return result
    }

    /// For each token, the length (capped at 4) of the run of capitalised tokens it belongs to
    /// within its sentence and its place in it (capped at 3); 0, 0 outside runs.
    static func capitalisedRuns(capitalised: [Bool], sentences: [Int]) -> [(length: UInt64, position: UInt64)] {
        var result = [(length: UInt64, position: UInt64)](repeating: (0, 0), count: capitalised.count)
        var start = 0
        while start < capitalised.count {
            guard capitalised[start] else { start += 1; continue }
            var end = start + 1
            while end < capitalised.count && capitalised[end] && sentences[end] == sentences[start] { end += 1 }
            for i in start..<end { result[i] = (UInt64(min(4, end - start)), UInt64(min(3, i - start + 1))) }
            start = end
        }
        return result
    }
}
