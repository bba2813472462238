/// Stable 64-bit hashing for tagger features. Swift's `Hasher` is seeded per process, so the
/// tagger uses FNV-1a over UTF-8 and a SplitMix64 finaliser instead: same feature, same bucket,
/// on every run and machine.
enum FeatureHash {
    /// FNV-1a over the UTF-8 bytes of `text`.
    static func of(_ text: Substring) -> UInt64 {
        var hash = offsetBasis
        for byte in text.utf8 { hash = step(hash, byte) }
        return hash
    }

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// One FNV-1a step.
    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    static func of(_ text: String) -> UInt64 { of(text[...]) }

    /// SplitMix64's finaliser: spreads the bits of `x`.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A feature from a template number and up to three values.
    @inline(__always)
    static func combine(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        mix(mix(mix(template &* 0x1000_0000_01b3 ^ a) ^ b) ^ c)
    }
}
