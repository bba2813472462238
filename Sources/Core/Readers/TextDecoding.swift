import Foundation

/// Decodes UTF-8 the forgiving way: invalid sequences become U+FFFD and one warning names the
/// file and the byte offset of the first one, so nothing is silently lost and nothing fails.
enum TextDecoding {
    /// - Parameter baseOffset: the offset of `data` in its file, added to the reported byte offset.
    static func decodeUTF8(_ data: Data, location: String, diagnostics: any DiagnosticSink, baseOffset: Int = 0) -> String {
        var bytes = data
        // A UTF-8 byte order mark carries no text.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // Validated over the raw bytes (a contiguous buffer): through Data's collection methods
        // every byte costs an exclusivity check.
        if let valid = bytes.withUnsafeBytes({ String(validating: $0.bindMemory(to: UInt8.self), as: UTF8.self) }) { return valid }
        let offset = baseOffset + firstInvalidOffset(bytes) + (data.count - bytes.count)
        let count = invalidSequenceCount(bytes)
        diagnostics.warn(
            "invalid UTF-8 at byte \(offset) (\(count) sequence\(count == 1 ? "" : "s") replaced with U+FFFD); re-encode the file as UTF-8 to keep those characters",
            at: location)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func firstInvalidOffset(_ bytes: Data) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                offset = consumed
            case .emptyInput:
                return offset
            case .error:
                return offset
            }
        }
    }

    static func invalidSequenceCount(_ bytes: Data) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var errors = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return errors
            case .error: errors += 1
            }
        }
    }
}
