import Core

/// Groups near-duplicate stories: the same wire copy run by several outlets, trimmed or lightly
/// edited by each.
///
/// Method (Broder's min-wise "mod-m" sketch over shingles):
/// - A story's body is split into lower-cased words (letters and digits); every run of 5
///   consecutive words is a shingle, hashed to 64 bits (FNV-1a per word, then a splitmix64 mix).
/// - The sketch keeps the shingles whose hash is 0 modulo 8: a deterministic, content-defined
///   sample of about one shingle in eight, the same one in every story that has it. Sketches of
///   two stories estimate their resemblance (Jaccard) and containment without comparing texts.
/// - Two stories are the same copy when their sketches share at least 3 shingles and those are
///   at least 20% of the smaller sketch (the share of the shorter story found in the longer).
///
/// Why 20% of the shorter, not Jaccard: outlets cut wire copy. Samples 000 (Reuters) and 001
/// (an edited rerun) have an exact 5-gram Jaccard of 0.11 but 25% of 001's shingles are in
/// 000; every unrelated pair of samples stays under 6% containment and 2% Jaccard.
/// The trade-off: one outlet's follow-up stories that reuse background paragraphs also reach
/// 20-60% (on the BBC corpus, about 80 of the ~250 pairs at 20% or more are such follow-ups;
/// copies of the same story sit at 60-100%). So two stories from the same named outlet must
/// share at least `sameSourceContainment` (60%): an outlet does not "also report" its own
/// story, and its follow-ups stay separate articles. Stories from different or unknown outlets
/// use the configured threshold. `--option duplicates=0.6` applies 60% everywhere,
/// `duplicates=off` groups nothing.
///
/// Groups are transitive (A~B and B~C group all three). A group shows its longest story
/// (most words; the earliest on a tie) and lists the others as "also reported by". Shingles
/// found in more than 200 stories (boilerplate phrases) are ignored.
///
/// Memory does not grow with the corpus: each sampled shingle is one 8-byte posting (the hash's
/// top 40 bits and a 24-bit story number), about one per 8 words, and the pairs of stories that
/// share a shingle are counted in a dictionary of bounded size that empties its counts into a
/// second sorter when full (`SharedShingleCounts`). An `ExternalSorter` keeps 2 MiB in memory
/// and sorts the rest on disk. (A dictionary of posting lists cost about 100
/// bytes per shingle: 100 MB for 22,000 BBC articles; an in-memory list of postings and a
/// dictionary of pairs still grew by 20 MB from 1x to 10x.) Two distinct shingles share their
/// top 40 bits about once in 10^12 pairs, far too rarely to move a story past the thresholds.
/// Corpora of more than 2^24 stories (more than an EPUB's zip can hold) are not grouped.
struct DuplicateFinder {
    static let shingleWords = 5
    static let sampleModulus: UInt64 = 8
    static let minimumShared = 3
    /// The default share of the smaller sketch two stories must share (`--option duplicates=`).
    static let defaultContainment = 0.2
    /// The share two stories of the same named outlet must have in common to group.
    static let sameSourceContainment = 0.6
    static let maximumStoriesPerShingle = 200

    /// Each sampled shingle of each story: the hash's top 40 bits, then the story number,
    /// sorted on disk past 2 MiB (`ExternalSorter`), so memory does not grow with the corpus.
    private let postings = ExternalSorter(name: "shingles")
    private var sketchSizes: [Int32] = []
    static let storyBits = 24
    static let storyMask: UInt64 = (1 << storyBits) - 1

    /// Adds the next story's body (stories are numbered in the order they are added).
    /// - Throws: `ExportError.writeFailed` when postings cannot be spilled to the temporary folder.
    mutating func add(_ text: String) throws {
        let index = UInt64(sketchSizes.count)
        let sketch = Self.sketch(text)
        sketchSizes.append(Int32(sketch.count))
        guard index <= Self.storyMask else { return }
        for hash in sketch { try postings.append(hash & ~Self.storyMask | index) }
    }

    /// Calls `body` with the stories (in story order) of each shingle that 2 to
    /// `maximumStoriesPerShingle` stories share.
    private func forEachSharedShingle(_ body: ([UInt64]) throws -> Void) throws {
        var stories: [UInt64] = []
        var shingle: UInt64?
        var sharing = 0
        func finishShingle() throws {
            if sharing > 1 && sharing <= Self.maximumStoriesPerShingle { try body(stories) }
            stories.removeAll(keepingCapacity: true)
            sharing = 0
        }
        try postings.forEachSorted { posting in
            let hash = posting & ~Self.storyMask
            if hash != shingle {
                try finishShingle()
                shingle = hash
            }
            sharing += 1
            if sharing <= Self.maximumStoriesPerShingle { stories.append(posting & Self.storyMask) }
        }
        try finishShingle()
    }

    /// For each story, the index of the story shown in its place (itself when it is not a
    /// duplicate); `wordCounts[i]` chooses the longest story of a group. `minimumContainment`
    /// nil groups nothing. `sources[i]` is story i's outlet, when known.
    /// - Throws: `ExportError.writeFailed` when the temporary folder cannot take the postings.
    func representatives(wordCounts: [Int], sources: [String?] = [], minimumContainment: Double? = defaultContainment) throws -> [Int] {
        guard let minimumContainment, UInt64(sketchSizes.count) <= Self.storyMask + 1 else { return Array(0..<sketchSizes.count) }
        var pairs = SharedShingleCounts()
        try forEachSharedShingle { stories in
            for a in stories.indices {
                for b in (a + 1)..<stories.endIndex { try pairs.add(stories[a], stories[b]) }
            }
        }
        var groups = UnionFind(count: sketchSizes.count)
        try pairs.forEach { a, b, count in
            guard count >= Self.minimumShared else { return }
            let smaller = min(sketchSizes[a], sketchSizes[b])
            let sourceA = a < sources.count ? sources[a] : nil, sourceB = b < sources.count ? sources[b] : nil
            let sameOutlet = sourceA != nil && sourceA == sourceB
            let threshold = sameOutlet ? max(minimumContainment, Self.sameSourceContainment) : minimumContainment
            if Double(count) >= threshold * Double(smaller) { groups.union(a, b) }
        }
        var best: [Int: Int] = [:]
        for index in 0..<sketchSizes.count {
            let root = groups.find(index)
            let words = index < wordCounts.count ? wordCounts[index] : 0
            if let current = best[root] {
                let currentWords = current < wordCounts.count ? wordCounts[current] : 0
                if words > currentWords || (words == currentWords && index < current) { best[root] = index }
            } else {
                best[root] = index
            }
        }
        return (0..<sketchSizes.count).map { best[groups.find($0)] ?? $0 }
    }

    /// The sampled shingle hashes of `text`, without repeats.
    static func sketch(_ text: String) -> Set<UInt64> {
        var words: [UInt64] = []
        var hash: UInt64 = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            var value = scalar.value
            let isWordScalar: Bool
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A { value += 0x20 }
                isWordScalar = (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
            } else {
                isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                if isWordScalar, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first { value = lower.value }
            }
            if isWordScalar {
                if !inWord { hash = 0xcbf2_9ce4_8422_2325; inWord = true }
                hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
            } else if inWord {
                words.append(hash)
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        var sketch = Set<UInt64>()
        guard words.count >= shingleWords else { return sketch }
        for start in 0...(words.count - shingleWords) {
            var shingle: UInt64 = 0x9e37_79b9_7f4a_7c15
            for word in words[start..<(start + shingleWords)] { shingle = mix(shingle ^ word) }
            if shingle % sampleModulus == 0 { sketch.insert(shingle) }
        }
        return sketch
    }

    /// splitmix64's finaliser: spreads every input bit over the output.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// Disjoint sets over 0..<count with path halving.
private struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ element: Int) -> Int {
        var node = element
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a), rootB = find(b)
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }
}
