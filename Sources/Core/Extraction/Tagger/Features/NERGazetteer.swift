/// Name lists the tagger uses as features: which tokens start or continue a known country,
/// city, US state or continent name, a listed company, or a company's legal form (`GmbH`,
/// `Oyj`), or are a common first name or surname. Matching ignores case; the tagger learns how
/// far to trust a match from the token's shape and context. Models trained before a kind was
/// added carry no names of it, so they tag as before.
struct NERGazetteer: Sendable, Equatable {
    /// The lists, in the order their bits appear in `names`.
    static let kinds = ["COUNTRY", "CITY", "STATE", "CONTINENT", "FIRSTNAME", "SURNAME", "COMPANY", "LEGALFORM"]
    static let maxTokens = 5

    /// `(kind index, name)` pairs as loaded; kept so the model file can carry them.
    let entries: [(kind: UInt8, name: String)]
    /// Hash of a lowercased token sequence -> bit set of kinds, plus `continues` when the
    /// sequence also begins a longer name.
    let names: HashKeyTable<UInt16>

    /// The bit of `names` saying that longer names start with the sequence (kinds use the low bits).
    static let continues: UInt16 = 0x8000

    static func == (lhs: NERGazetteer, rhs: NERGazetteer) -> Bool {
        lhs.entries.elementsEqual(rhs.entries) { $0.kind == $1.kind && $0.name == $1.name }
    }

    init(entries: [(kind: UInt8, name: String)]) {
        self.entries = entries
        var names = HashKeyTable<UInt16>(capacity: entries.count)
        for entry in entries {
            let parts = Self.tokenHashes(entry.name)
            guard !parts.isEmpty, parts.count <= Self.maxTokens else { continue }
            names[Self.sequenceHash(parts[...]), default: 0] |= 1 << entry.kind
            for length in 1..<parts.count { names[Self.sequenceHash(parts[..<length]), default: 0] |= Self.continues }
        }
        self.names = names
    }

    /// The lowercase-form hashes of a name's tokens, as the tokenizer would split it. Names of
    /// ASCII letters and spaces (most of them) are hashed straight from their bytes, without
    /// the tokenizer or string copies, which keeps model loading fast.
    static func tokenHashes(_ name: String) -> [UInt64] {
        let simple = name.utf8.allSatisfy { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 || $0 == 32 }
        guard simple else { return wordHashes(name) ?? Tokenizer().tokenize(name).map { FeatureHash.of($0.text.lowercased()) } }
        var hashes: [UInt64] = []
        var hash = FeatureHash.offsetBasis, inToken = false
        for byte in name.utf8 {
            if byte == 32 {
                if inToken { hashes.append(hash) }
                hash = FeatureHash.offsetBasis
                inToken = false
            } else {
                hash = FeatureHash.step(hash, byte | 0x20)
                inToken = true
            }
        }
        if inToken { hashes.append(hash) }
        return hashes
    }

    /// The token hashes of a name made only of letters (any script) and single spaces, which
    /// the tokenizer splits at the spaces alone; nil for any other name.
    static func wordHashes(_ name: String) -> [UInt64]? {
        var hashes: [UInt64] = []
        for word in name.split(separator: " ", omittingEmptySubsequences: false) {
            guard !word.isEmpty, word.allSatisfy(\.isLetter) else { return nil }
            hashes.append(FeatureHash.of(word.lowercased()))
        }
        return hashes
    }

    /// Parses `tools/ner-gazetteer.tsv` lines (`KIND<TAB>name`); unknown kinds are skipped.
    init(tsv: String) {
        var entries: [(kind: UInt8, name: String)] = []
        for line in tsv.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            guard fields.count == 2, let kind = Self.kinds.firstIndex(of: String(fields[0])) else { continue }
            entries.append((UInt8(kind), String(fields[1])))
        }
        self.init(entries: entries)
    }

    static func sequenceHash(_ lowerHashes: ArraySlice<UInt64>) -> UInt64 {
        var hash: UInt64 = 0x5eed
        for part in lowerHashes { hash = FeatureHash.mix(hash ^ part) }
        return hash
    }

    /// For each token and kind, whether the longest match covering it starts there (1) or
    /// continues (2); 0 when no match. Laid out `[token * kinds.count + kind]`. Matches stay
    /// inside a sentence. A run stops growing at the first sequence that neither is a name nor
    /// begins one (`continues`): most tokens start no name, and cost one lookup instead of five.
    func matches(lowerHashes: [UInt64], sentences: [Int]) -> [UInt8] {
        let kindCount = Self.kinds.count
        var position = [UInt8](repeating: 0, count: lowerHashes.count * kindCount)
        var coverLength = [UInt8](repeating: 0, count: lowerHashes.count * kindCount)
        for start in lowerHashes.indices {
            var hash: UInt64 = 0x5eed
            var end = start
            while end < lowerHashes.count && end - start < Self.maxTokens && sentences[end] == sentences[start] {
                hash = FeatureHash.mix(hash ^ lowerHashes[end])
                end += 1
                guard let bits = names[hash] else { break }
                let length = UInt8(end - start)
                for kind in 0..<kindCount where bits & (1 << kind) != 0 {
                    for p in start..<end where coverLength[p * kindCount + kind] < length {
                        coverLength[p * kindCount + kind] = length
                        position[p * kindCount + kind] = p == start ? 1 : 2
                    }
                }
                if bits & Self.continues == 0 { break }
            }
        }
        return position
    }
}
