/// Word clusters learned from unlabelled news (`tools/build_word_clusters.py`): each known word
/// has a path of binary decisions from the root of a cluster tree, so that its prefixes are
/// clusters at coarser levels (Ratinov and Roth 2009 use Brown-cluster paths the same way).
/// They let the tagger generalise from words it saw labelled to words it only saw in raw text.
///
/// Lookup keys on the word as written; a word the table lacks is tried as a capitalised word
/// when it is all capitals (`LEICESTERSHIRE` → `Leicestershire`, for headlines), then in
/// lowercase.
struct WordClusters: Sendable, Equatable {
    /// `(path, word)` pairs as loaded; the path is a string of `0`/`1`. Kept for the model file.
    let entries: [(path: String, word: String)]
    /// Word hash (`FeatureHash.of`) -> path as bits below a leading 1 (`"0110"` → `0b10110`).
    private let paths: HashKeyTable<UInt32>

    /// The longest path kept (a leading 1 plus this many bits fit a `UInt32`).
    static let maxDepth = 30

    static func == (lhs: WordClusters, rhs: WordClusters) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.path == $1.path && $0.word == $1.word }
    }

    init(entries: [(path: String, word: String)]) {
        self.entries = entries
        var paths = HashKeyTable<UInt32>(capacity: max(8, entries.count))
        for entry in entries {
            guard let bits = Self.bits(entry.path) else { continue }
            paths[FeatureHash.of(entry.word)] = bits
        }
        self.paths = paths
    }

    /// Parses `path<TAB>word` lines (`tools/word-clusters.tsv`); malformed lines are skipped.
    init(tsv: String) {
        var entries: [(path: String, word: String)] = []
        for line in tsv.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2, Self.bits(String(fields[0])) != nil else { continue }
            entries.append((String(fields[0]), String(fields[1])))
        }
        self.init(entries: entries)
    }

    static let empty = WordClusters(entries: [])

    /// `path` as bits under a leading 1; nil unless it is 1 to `maxDepth` characters of `0`/`1`.
    static func bits(_ path: String) -> UInt32? {
        guard (1...maxDepth).contains(path.utf8.count) else { return nil }
        var value: UInt32 = 1
        for byte in path.utf8 {
            guard byte == 48 || byte == 49 else { return nil }
            value = value << 1 | UInt32(byte - 48)
        }
        return value
    }

    /// The path of `word` (whose case-folded hash is `lower`) with its leading 1; 0 when unknown.
    func path(of word: String, wordHash: UInt64, lower: UInt64) -> UInt32 {
        if entries.isEmpty { return 0 }
        if let bits = paths[wordHash] { return bits }
        if word.utf8.count > 1, let first = word.first, first.isUppercase, word == word.uppercased(),
           let bits = paths[FeatureHash.of(String(first) + word.dropFirst().lowercased())] {
            return bits
        }
        return paths[lower] ?? 0
    }

    /// The first `length` decisions of `path` (with its leading 1), or all of a shorter path.
    @inline(__always)
    static func prefix(_ path: UInt32, _ length: Int) -> UInt64 {
        guard path != 0 else { return 0 }
        let depth = 31 - path.leadingZeroBitCount
        return UInt64(depth > length ? path >> UInt32(depth - length) : path)
    }
}
