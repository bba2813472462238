import Foundation

/// Where an archive's compressed bytes come from, for the passes that read them.
enum ArchiveSource {
    case file(URL)
    case memory(UnsafeRawBufferPointer)

    /// Calls `body` with consecutive chunks of the compressed bytes.
    func forEachChunk(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        switch self {
        case .memory(let bytes):
            try body(bytes)
        case .file(let url):
            let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw GzipIntegrity.Failure.corrupt(String(cString: strerror(errno))) }
            defer { close(descriptor) }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
            defer { buffer.deallocate() }
            while true {
                let count = read(descriptor, buffer.baseAddress, buffer.count)
                if count < 0, errno == EINTR { continue }
                guard count >= 0 else { throw GzipIntegrity.Failure.corrupt(String(cString: strerror(errno))) }
                if count == 0 { return }
                try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
            }
        }
    }
}
