import Foundation

/// A stream of bytes read in chunks: a file, standard input, memory, or a gzip stream over one of
/// these. The line splitter reads through it so that no input is ever held whole in memory.
protocol ByteSource {
    /// Fills the start of `buffer` and returns how many bytes it wrote; 0 means the end.
    /// - Throws: `ReadError` naming the input.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

extension ByteSource {
    /// Reads until `buffer` is full or the source ends; returns how many bytes it wrote (fewer
    /// than `buffer.count` only at the end).
    /// - Throws: as `read(into:)`.
    mutating func fill(_ buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var filled = 0
        while filled < buffer.count {
            let read = try read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
            if read == 0 { break }
            filled += read
        }
        return filled
    }
}

/// Reads a file descriptor with `read(2)`; owns and closes the descriptor it opened.
final class FileByteSource: ByteSource {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let displayPath: String

    /// Opens `url` for reading.
    /// - Throws: `ReadError.unreadable` with the system's reason.
    init(url: URL, displayPath: String) throws {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw ReadError.unreadable(path: displayPath, reason: String(cString: strerror(errno)))
        }
        self.descriptor = descriptor
        self.ownsDescriptor = true
        self.displayPath = displayPath
    }

    /// Reads an already open descriptor (standard input) without closing it.
    init(descriptor: Int32, displayPath: String) {
        self.descriptor = descriptor
        self.ownsDescriptor = false
        self.displayPath = displayPath
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        while true {
            let count = Foundation.read(descriptor, base, buffer.count)
            if count >= 0 { return count }
            if errno == EINTR { continue }
            throw ReadError.unreadable(path: displayPath, reason: String(cString: strerror(errno)))
        }
    }
}

/// Hands out bytes already in memory (standard input, tests).
struct DataByteSource: ByteSource {
    private let data: Data
    private var position: Int

    init(_ data: Data) {
        self.data = data
        self.position = data.startIndex
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = min(buffer.count, data.endIndex - position)
        guard count > 0 else { return 0 }
        data.copyBytes(to: buffer, from: position..<(position + count))
        position += count
        return count
    }
}
