import Foundation

/// Helpers shared by the JSON readers: reading one line back, and JSON errors in words.
enum JSONLines {
    /// Reads `length` bytes at `offset` of `url` into `buffer` with `pread(2)`.
    /// - Throws: `ReadError.changedSinceRead` when the file is now shorter, `ReadError.unreadable`.
    static func readRange(_ url: URL, offset: UInt64, into buffer: UnsafeMutableRawBufferPointer, displayPath: String) throws {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ReadError.unreadable(path: displayPath, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var done = 0
        while done < buffer.count, let base = buffer.baseAddress {
            let count = pread(descriptor, base + done, buffer.count - done, off_t(offset) + off_t(done))
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError.unreadable(path: displayPath, reason: String(cString: strerror(errno)))
            }
            guard count > 0 else { throw ReadError.changedSinceRead(path: displayPath) }
            done += count
        }
    }

    /// Reads line `range` of `url` back and calls `body` with its bytes (valid only during the call).
    static func withLine<T>(_ url: URL, _ range: LineRange, displayPath: String, _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: range.length, alignment: 1)
        defer { buffer.deallocate() }
        try readRange(url, offset: range.offset, into: buffer, displayPath: displayPath)
        return try body(UnsafeRawBufferPointer(buffer))
    }

    /// A short reason for a JSON parse failure, without Foundation's coding paths.
    static func reason(_ error: Error, line: UnsafeRawBufferPointer) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String, !detail.isEmpty {
            return detail
        }
        let first = line.first { ![0x20, 0x09].contains($0) }
        if first != UInt8(ascii: "{") { return "a line must hold one JSON object" }
        return "not valid JSON"
    }

    /// `reason(_:line:)` for JSON held in `Data`.
    static func reason(_ error: Error, data: Data) -> String {
        data.withUnsafeBytes { reason(error, line: $0) }
    }

    /// True for a line of only spaces, tabs and carriage returns.
    static func isBlank(_ line: UnsafeRawBufferPointer) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
