import Core
import Foundation

/// A manifest being written line by line to a staging file.
final class ManifestFile {
    let url: URL
    let sink: FileDescriptorSink
    private var descriptor: Int32

    init(_ url: URL) throws {
        self.url = url
        descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw ExportError.writeFailed(path: url.path, reason: String(cString: strerror(errno))) }
        sink = FileDescriptorSink(descriptor: descriptor, name: url.path)
    }

    deinit { if descriptor >= 0 { Foundation.close(descriptor) } }

    func close() throws {
        try sink.flush()
        Foundation.close(descriptor)
        descriptor = -1
    }
}
