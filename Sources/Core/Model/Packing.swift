/// The two encodings newskit's packed tables (`HeaderTable`, `MentionStore`), the extraction
/// spool (`BinaryWriter`) and the tagger's model file share.

/// LEB128 varints: 7 bits a byte, low bits first, the high bit set on every byte but the last.
/// Signed values are zigzag-encoded first, so small negative numbers stay short.
enum Varint {
    static func append<Value: UnsignedInteger & FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    static func append(signed value: Int, to bytes: inout [UInt8]) {
        append(UInt(bitPattern: (value << 1) ^ (value >> (Int.bitWidth - 1))), to: &bytes)
    }

    /// Reads the varint at `offset` and moves `offset` past it. The bytes were written by
    /// `append`, never by a user, so they are trusted to be well formed.
    static func read(_ bytes: [UInt8], at offset: inout Int) -> UInt {
        var value: UInt = 0, shift: UInt = 0
        while true {
            let byte = bytes[offset]
            offset += 1
            value |= UInt(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    static func readSigned(_ bytes: [UInt8], at offset: inout Int) -> Int {
        let zigzag = Int(bitPattern: read(bytes, at: &offset))
        return Int(bitPattern: UInt(bitPattern: zigzag) >> 1) ^ -(zigzag & 1)
    }
}

/// Gives each distinct string a small number, in order of first appearance.
struct StringInterner {
    private(set) var strings: [String] = []
    private var numbers: [String: Int] = [:]

    /// The number of `string`, adding it when new.
    mutating func number(of string: String) -> Int {
        if let number = numbers[string] { return number }
        numbers[string] = strings.count
        strings.append(string)
        return strings.count - 1
    }
}
