/// The hashes `NERFeatures` needs of one word: its lowercase form, its shape, and the
/// prefixes and suffixes of its lowercase form. ASCII words (nearly all of English news) are
/// hashed straight from their bytes, without building the lowercase, shape or affix strings;
/// other words go through `String`. Both paths give the same hashes (`NERFastPathTests`).
struct WordHashes {
    let lower: UInt64
    let shape: UInt64
    /// Hashes of the lowercase prefixes and suffixes of 1–4 characters, only those shorter than
    /// the word: `(prefix 1, suffix 1, prefix 2, suffix 2, ...)`.
    private var affixes = SIMD8<UInt64>()
    private var affixCount = 0

    init(_ word: String) {
        var word = word
        if let ascii = word.withUTF8({ Self.isSimpleASCII($0) ? WordHashes(ascii: $0) : nil }) {
            self = ascii
        } else {
            let lowered = word.lowercased()
            lower = FeatureHash.of(lowered)
            shape = FeatureHash.of(NERFeatures.shape(of: word))
            let chars = Array(lowered)
            for k in 1...4 where chars.count > k {
                append(FeatureHash.of(String(chars[..<k])))
                append(FeatureHash.of(String(chars[(chars.count - k)...])))
            }
        }
    }

    private mutating func append(_ hash: UInt64) {
        affixes[affixCount] = hash
        affixCount += 1
    }

    /// Whether `word` is ASCII without a carriage return (so one byte is one character).
    private static func isSimpleASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 && $0 != 13 }
    }

    private init(ascii bytes: UnsafeBufferPointer<UInt8>) {
        var lowerHash = FeatureHash.offsetBasis, shapeHash = FeatureHash.offsetBasis
        var last: UInt8 = 0
        for byte in bytes {
            let isUpper = byte >= 65 && byte <= 90
            lowerHash = FeatureHash.step(lowerHash, isUpper ? byte | 0x20 : byte)
            // `NERFeatures.shape(of:)`: X upper, x lower, d digit, anything else itself; runs collapsed.
            let s: UInt8 = isUpper ? 88 : byte >= 97 && byte <= 122 ? 120 : byte >= 48 && byte <= 57 ? 100 : byte
            if s != last { shapeHash = FeatureHash.step(shapeHash, s) }
            last = s
        }
        lower = lowerHash
        shape = shapeHash
        let count = bytes.count
        @inline(__always) func folded(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
        var prefix = FeatureHash.offsetBasis
        for k in 1...4 where count > k {
            prefix = FeatureHash.step(prefix, folded(bytes[k - 1]))
            var suffix = FeatureHash.offsetBasis
            for b in bytes[(count - k)...] { suffix = FeatureHash.step(suffix, folded(b)) }
            append(prefix)
            append(suffix)
        }
    }

    /// Prefix and suffix features (templates 4–11), in the order training used.
    func appendAffixes(into features: inout [UInt64]) {
        for n in 0..<affixCount {
            let k = UInt64(n / 2 + 1)
            features.append(FeatureHash.combine(n % 2 == 0 ? 3 + k : 7 + k, affixes[n]))
        }
    }
}
