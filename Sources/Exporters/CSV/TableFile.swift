import Core
import Foundation

/// Creates one file inside the exporter's (temporary) folder and streams into it.
enum TableFile {
    /// Runs `body` with a buffered sink on `folder/name`, then flushes and closes it.
    /// - Throws: `ExportError.writeFailed` naming the file, and whatever `body` throws.
    static func write(_ name: String, in folder: URL, _ body: (any ByteSink) throws -> Void) throws {
        let url = folder.appendingPathComponent(name)
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ExportError.writeFailed(path: url.path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        let sink = FileDescriptorSink(descriptor: descriptor, name: url.path)
        try body(sink)
        try sink.flush()
    }
}
