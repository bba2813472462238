/// Reads what `BinaryWriter` wrote, checking every length against the bytes left: damaged or
/// truncated input gives `BinaryFormatError`, never a crash or an over-read.
struct BinaryReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var position = 0

    /// A reader over `bytes`, which must stay valid while the reader is used.
    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func byte() throws(BinaryFormatError) -> UInt8 {
        guard position < bytes.count else { throw .truncated(offset: position) }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func varint() throws(BinaryFormatError) -> UInt64 {
        let start = position
        var result: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 7) {
            let byte = try byte()
            result |= UInt64(byte & 0x7f) << UInt64(shift)
            if byte < 0x80 { return result }
        }
        throw .invalid(offset: start, reason: "a number longer than 64 bits")
    }

    mutating func int() throws(BinaryFormatError) -> Int {
        let start = position
        let zigzag = try varint()
        let wide = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
        guard let value = Int(exactly: wide) else { throw .invalid(offset: start, reason: "a number out of range") }
        return value
    }

    /// A count of items that follow, each at least one byte long (so a damaged count cannot
    /// make the caller reserve more than the bytes left).
    mutating func count() throws(BinaryFormatError) -> Int {
        let start = position
        let value = try varint()
        guard value <= UInt64(bytes.count - position) else { throw .invalid(offset: start, reason: "a count of \(value) past the end") }
        return Int(value)
    }

    mutating func string() throws(BinaryFormatError) -> String {
        let length = try count()
        defer { position += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + length)]), as: UTF8.self)
    }

    mutating func double() throws(BinaryFormatError) -> Double {
        guard bytes.count - position >= 8 else { throw .truncated(offset: position) }
        var bits: UInt64 = 0
        for shift in 0..<8 { bits |= UInt64(bytes[position + shift]) << UInt64(8 * shift) }
        position += 8
        return Double(bitPattern: bits)
    }

    /// Reads a presence byte, then the value with `read` when it is 1.
    mutating func optional<T>(_ read: (inout BinaryReader) throws(BinaryFormatError) -> T) throws(BinaryFormatError) -> T? {
        let start = position
        switch try byte() {
        case 0: return nil
        case 1: return try read(&self)
        case let flag: throw .invalid(offset: start, reason: "presence byte \(flag)")
        }
    }
}
