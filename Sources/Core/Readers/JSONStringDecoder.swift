/// Decodes the inside of a JSON string (RFC 8259 §7: the bytes between the quotes) into UTF-8,
/// refusing what JSONSerialization refuses or repairs, so that `FlatJSONObject` can hand those
/// lines to it: invalid UTF-8, unescaped control characters, unknown escapes, lone surrogates.
enum JSONStringDecoder {
    /// Writes the decoded bytes of `raw` to `output` (at least `raw.count` long) and returns how
    /// many; nil when the string needs JSONSerialization.
    static func decode(_ raw: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var read = 0, written = 0
        while read < raw.count {
            let byte = raw[read]
            if byte == UInt8(ascii: "\\") {
                guard read + 1 < raw.count else { return nil }
                if let simple = simpleEscape(raw[read + 1]) {
                    output[written] = simple
                    written += 1
                    read += 2
                    continue
                }
                guard raw[read + 1] == UInt8(ascii: "u"), let (scalar, length) = unicodeEscape(raw, at: read),
                      let encoded = UTF8.encode(scalar) else { return nil }
                for unit in encoded {
                    output[written] = unit
                    written += 1
                }
                read += length
            } else if byte < 0x20 {
                return nil
            } else if byte < 0x80 {
                output[written] = byte
                written += 1
                read += 1
            } else {
                guard let length = validSequenceLength(raw, at: read) else { return nil }
                for offset in 0..<length { output[written + offset] = raw[read + offset] }
                written += length
                read += length
            }
        }
        return written
    }

    private static func simpleEscape(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "\""): 0x22
        case UInt8(ascii: "\\"): 0x5C
        case UInt8(ascii: "/"): 0x2F
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`, at `index`: the scalar and the escape's length.
    private static func unicodeEscape(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        guard let high = hex4(raw, at: index + 2) else { return nil }
        if !(0xD800...0xDFFF).contains(high) { return Unicode.Scalar(high).map { ($0, 6) } }
        guard high < 0xDC00, index + 12 <= raw.count, raw[index + 6] == UInt8(ascii: "\\"), raw[index + 7] == UInt8(ascii: "u"),
              let low = hex4(raw, at: index + 8), (0xDC00...0xDFFF).contains(low) else { return nil }
        return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)).map { ($0, 12) }
    }

    private static func hex4(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
        guard index + 4 <= raw.count else { return nil }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = raw[index + offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The length of the well-formed UTF-8 sequence starting at `index` (Unicode Table 3-7), or nil.
    private static func validSequenceLength(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = raw[index]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard index + length <= raw.count, secondRange.contains(raw[index + 1]) else { return nil }
        for offset in 2..<length where !(0x80...0xBF).contains(raw[index + offset]) { return nil }
        return length
    }
}
