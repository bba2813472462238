import Foundation

/// Parses the common shape of an article line, one JSON object whose values are strings,
/// numbers, booleans or null, decoding each string straight into one buffer of its final size.
///
/// Why not only JSONSerialization: Foundation's parser appends a string's unescaped pieces to a
/// growing `String` (every `\n` of an article starts a piece), so a 64 MiB text passed through
/// two to four copies of itself, about 4 bytes of peak memory a byte of line. Here a string
/// costs one allocation of its escaped length. Anything this scanner does not take (nested
/// arrays or objects, a repeated key, invalid UTF-8, an unescaped control character, a lone
/// surrogate, malformed JSON) returns nil, and the caller parses the line with JSONSerialization,
/// which gives the same values for every line accepted here and its own error for the rest.
/// Numbers and booleans go through JSONSerialization too (as fragments), so they are its
/// `NSNumber`s.
enum FlatJSONObject {
    /// The object on `line`, or nil when the line needs JSONSerialization.
    static func parse(_ line: UnsafeRawBufferPointer) -> [String: Any]? {
        var scanner = Scanner(bytes: line.assumingMemoryBound(to: UInt8.self))
        return scanner.object()
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func object() -> [String: Any]? {
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            var object: [String: Any] = [:]
            skipSpace()
            if take(UInt8(ascii: "}")) { return finished(object) }
            while true {
                skipSpace()
                guard peek == UInt8(ascii: "\""), let key = string(), object[key] == nil else { return nil }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                guard let value = value() else { return nil }
                object[key] = value
                skipSpace()
                if take(UInt8(ascii: "}")) { return finished(object) }
                guard take(UInt8(ascii: ",")) else { return nil }
            }
        }

        /// `object` if only white space follows it.
        private mutating func finished(_ object: [String: Any]) -> [String: Any]? {
            skipSpace()
            return position == bytes.count ? object : nil
        }

        private mutating func value() -> Any? {
            guard let first = peek else { return nil }
            switch first {
            case UInt8(ascii: "\""): return string()
            case UInt8(ascii: "n"): return literal("null") ? NSNull() : nil
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "t"), UInt8(ascii: "f"): return fragment()
            default: return nil
            }
        }

        /// A number or boolean, as JSONSerialization reads it alone.
        private mutating func fragment() -> Any? {
            let start = position
            while let byte = peek, byte != UInt8(ascii: ","), byte != UInt8(ascii: "}"), !Self.isSpace(byte) { position += 1 }
            let token = Data(UnsafeBufferPointer(rebasing: bytes[start..<position]))
            return try? JSONSerialization.jsonObject(with: token, options: [.fragmentsAllowed])
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard position + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { return false }
            position += count
            return true
        }

        /// A string starting at the opening quote, decoded into one buffer as long as its escaped
        /// form (decoding never makes it longer).
        private mutating func string() -> String? {
            position += 1
            let start = position
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
                end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
            }
            guard end < bytes.count else { return nil }
            var failed = false
            let decoded = String(unsafeUninitializedCapacity: end - start) { buffer in
                guard let written = JSONStringDecoder.decode(UnsafeBufferPointer(rebasing: bytes[start..<end]), into: buffer) else {
                    failed = true
                    return 0
                }
                return written
            }
            position = end + 1
            return failed ? nil : decoded
        }

        private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            position += 1
            return true
        }

        private mutating func skipSpace() {
            while let byte = peek, Self.isSpace(byte) { position += 1 }
        }

        private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
        }
    }
}
