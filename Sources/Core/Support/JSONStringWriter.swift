/// Writes a string as a JSON string literal, escaped exactly as Foundation's `JSONEncoder`
/// escapes it (`"` `\` and the C0 controls; `\b` `\t` `\n` `\f` `\r` by name, the others as
/// lowercase `\u00xx`; `/` as `\/` unless the encoder has `.withoutEscapingSlashes`; everything
/// else as its UTF-8 bytes), in pieces of 64 KiB, so that a long text is never copied whole.
/// JSONStringWriterTests hold it to JSONEncoder's bytes.
public enum JSONStringWriter {
    /// Hands the literal's bytes, quotes included, to `write` in pieces.
    /// - Parameter escapingSlashes: true for a `JSONEncoder` without `.withoutEscapingSlashes`.
    public static func write(_ string: String, escapingSlashes: Bool, to write: ([UInt8]) throws -> Void) rethrows {
        var chunk: [UInt8] = []
        chunk.reserveCapacity(chunkSize + 8)
        chunk.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): chunk += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "/") where escapingSlashes: chunk += [UInt8(ascii: "\\"), byte]
            case 0x08: chunk += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x09: chunk += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0A: chunk += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0C: chunk += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0D: chunk += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0..<0x20: chunk += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: chunk.append(byte)
            }
            if chunk.count >= chunkSize {
                try write(chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        chunk.append(UInt8(ascii: "\""))
        try write(chunk)
    }

    private static let chunkSize = 64 * 1024
    private static let hex = Array("0123456789abcdef".utf8)
}
