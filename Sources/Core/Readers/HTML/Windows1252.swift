/// windows-1252 as the web uses it (https://encoding.spec.whatwg.org/index-windows-1252.txt):
/// Latin-1 with printable characters in 0x80–0x9F. The last-resort decoding: it never fails.
enum Windows1252 {
    /// 0x80–0x9F; the five bytes windows-1252 leaves undefined map to the C1 controls, as in the standard.
    static let high: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{2C6}", "\u{2030}", "\u{160}", "\u{2039}", "\u{152}", "\u{8D}", "\u{17D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{2DC}", "\u{2122}", "\u{161}", "\u{203A}", "\u{153}", "\u{9D}", "\u{17E}", "\u{178}",
    ]

    static func decode<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                out.append(high[Int(byte - 0x80)])
            } else {
                out.append(Unicode.Scalar(byte))
            }
        }
        return String(out)
    }

    /// The bytes of `text` in windows-1252, or nil when a character has no byte there.
    static func encode(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 || (0xA0...0xFF).contains(scalar.value) {
                out.append(UInt8(scalar.value))
            } else if let index = high.firstIndex(of: scalar) {
                out.append(UInt8(0x80 + index))
            } else {
                return nil
            }
        }
        return out
    }
}
