/// Turns arbitrary text into text that is always safe inside XML 1.0: the EPUB's XHTML and the
/// SVG map share it.
///
/// - `&`, `<`, `>`, `"` and `'` become entities, so text works in content and in attributes.
/// - Characters XML 1.0 forbids (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+FFFE, U+FFFF)
///   and the C1 controls U+0080-U+009F (allowed but "discouraged", never meaningful in news)
///   become U+FFFD, so a reader sees that something was there. Tab, CR and LF become spaces:
///   paragraphs are split before escaping, and a newline inside one is just a space.
/// - Swift strings cannot hold lone surrogates, so those never arrive here.
enum XMLText {
    /// `text` escaped for XML content and attribute values.
    static func escape(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `scalar`, escaped, as UTF-8. (Bytes, not `String.UnicodeScalarView`: appending
    /// to a scalar view one scalar at a time was most of the cost of rendering the book.)
    @inline(__always)
    private static func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        switch scalar.value {
        case 0x26: out.append(contentsOf: "&amp;".utf8)
        case 0x3C: out.append(contentsOf: "&lt;".utf8)
        case 0x3E: out.append(contentsOf: "&gt;".utf8)
        case 0x22: out.append(contentsOf: "&quot;".utf8)
        case 0x27: out.append(contentsOf: "&#39;".utf8)
        case 0x09, 0x0A, 0x0D: out.append(0x20)
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: out.append(contentsOf: "\u{FFFD}".utf8)
        case 0x20..<0x7F: out.append(UInt8(scalar.value))
        default: UTF8.encode(scalar) { out.append($0) }
        }
    }

    /// `text` escaped, with runs of white space collapsed and the ends trimmed: for headlines,
    /// names and paragraphs. Works on UTF-8 bytes where the text is stored contiguously (every
    /// native string), decoding only non-ASCII scalars; this runs over every word of the corpus.
    static func line(_ text: some StringProtocol) -> String {
        if let bytes = text.utf8.withContiguousStorageIfAvailable({ line(utf8: $0) }) { return bytes }
        return lineByScalars(text)
    }

    /// `line` over valid UTF-8 (a string's own storage).
    private static func line(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard let scalar = lead < 0x80 ? Unicode.Scalar(lead) : Self.scalar(bytes, at: index, length: length) else { return lineByScalars(String(decoding: bytes, as: UTF8.self)) }
            let value = scalar.value
            let isSpace = value < 0x80 ? (value == 0x20 || (value >= 0x09 && value <= 0x0D)) : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                append(scalar, to: &out)
            }
            index += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The scalar whose `length` UTF-8 bytes start at `index`; nil if they are not one.
    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar? {
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(bytes[index]) & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// `line` scalar by scalar, for text without contiguous UTF-8.
    private static func lineByScalars(_ text: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isSpace = value < 0x80
                ? (value == 0x20 || (value >= 0x09 && value <= 0x0D))
                : scalar.properties.isWhitespace
            if isSpace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            append(scalar, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
