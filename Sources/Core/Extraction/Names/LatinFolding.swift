/// A fast path for `NameKey.lookup` on ASCII and Latin-1/Latin Extended-A text, which is
/// nearly every name in the gazetteer: the same key as the Foundation path, without it (loading
/// the gazetteer computes ~150,000 keys). `GazetteerTests` checks both paths agree on every name.
enum LatinFolding {
    /// Folded ASCII for U+00C0...U+017F, lowercased, diacritics removed; nil where only the
    /// general path knows the answer.
    static let table: [String?] = [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
        "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
        "i", "i", "ij", "ij", "j", "j", "k", "k", nil, "l", "l", "l", "l", "l", "l", nil,
        nil, "l", "l", "n", "n", "n", "n", "n", "n", nil, "n", "n", "o", "o", "o", "o",
        "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
        "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
    ]

    /// The lookup key of `name`, or nil when `name` has a character outside the table.
    static func lookupKey(_ name: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        func append(_ byte: UInt8) {
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
        }
        for scalar in name.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A: append(UInt8(value) + 32)
            case 0x61...0x7A, 0x30...0x39: append(UInt8(value))
            case 0x20, 0x2D, 0x0A, 0x09, 0x2F: pendingSpace = true
            case 0x00...0x7F, 0x2019, 0x2018, 0x2BC: continue
            case 0xC0...0x17F:
                guard let folded = table[Int(value) - 0xC0] else { return nil }
                for byte in folded.utf8 { append(byte) }
            default:
                return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
