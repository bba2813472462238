import Core
import Foundation

/// Keeps document bodies in an unlinked temporary file between the exporter's two passes, so
/// the second pass reads plain UTF-8 back instead of asking the reader to load and normalise
/// each input again (which costs as much as the rest of the export), and memory stays flat.
final class TextSpool {
    private let descriptor: Int32
    private var end: Int64 = 0

    /// - Throws: `ExportError.writeFailed` when no temporary file can be made.
    init() throws {
        var template = Array((NSTemporaryDirectory() + "/newskit-epub-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else {
            throw ExportError.writeFailed(path: NSTemporaryDirectory(), reason: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        // Unlinked at once: the file vanishes when the descriptor closes, even after a crash.
        unlink(String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends `text` and returns where it is.
    func append(_ text: String) throws -> Range<Int64> {
        var copy = text
        let start = end
        try copy.withUTF8 { buffer in
            var written = 0
            while written < buffer.count {
                let result = pwrite(descriptor, buffer.baseAddress! + written, buffer.count - written, off_t(end) + off_t(written))
                guard result > 0 else { throw spoolError("write") }
                written += result
            }
        }
        end += Int64(copy.utf8.count)
        return start..<end
    }

    /// The text stored at `range`.
    func text(at range: Range<Int64>) throws -> String {
        let count = Int(range.count)
        guard count > 0 else { return "" }
        return try String(unsafeUninitializedCapacity: count) { buffer in
            var read = 0
            while read < count {
                let result = pread(descriptor, buffer.baseAddress! + read, count - read, off_t(range.lowerBound) + off_t(read))
                guard result > 0 else { throw spoolError("read") }
                read += result
            }
            return count
        }
    }

    private func spoolError(_ operation: String) -> ExportError {
        ExportError.writeFailed(path: NSTemporaryDirectory(), reason: "cannot \(operation) the temporary text spool: \(String(cString: strerror(errno)))")
    }
}
