import Core
import Foundation

/// Reads a file in fixed-size chunks through one reused buffer, so archiving a file of any size
/// needs 256 KiB of memory.
final class ChunkedFile {
    static let chunkSize = 1 << 18
    private let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: ChunkedFile.chunkSize, alignment: 16)

    deinit { buffer.deallocate() }

    /// Calls `body` with consecutive chunks of the file at `url`, at most `limit` bytes in all.
    /// - Returns: the bytes passed to `body`, and whether the file had more beyond `limit`.
    /// - Throws: `ExportError.writeFailed`-style errors naming `displayPath` when it cannot be read.
    func read(_ url: URL, displayPath: String, limit: Int64 = .max, _ body: (UnsafeRawBufferPointer) throws -> Void) throws -> (bytes: Int64, more: Bool) {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError.unreadable(path: displayPath, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var total: Int64 = 0
        while true {
            let wanted = total < limit ? Int(min(Int64(buffer.count), limit - total)) : 1
            let count = Foundation.read(descriptor, buffer.baseAddress, wanted)
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadError.unreadable(path: displayPath, reason: String(cString: strerror(errno)))
            }
            if count == 0 { return (total, false) }
            if total >= limit { return (total, true) }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            total += Int64(count)
        }
    }
}
