import Foundation

/// Where exporters write bytes: a file, standard output or memory. Buffered; call `flush()` at the end.
public protocol ByteSink: AnyObject {
    func write(_ bytes: UnsafeRawBufferPointer) throws
    func flush() throws
}

extension ByteSink {
    public func write(_ string: String) throws {
        var copy = string
        try copy.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    public func write<D: DataProtocol>(_ data: D) throws {
        for region in data.regions {
            try region.withUnsafeBytes { try write($0) }
        }
    }

    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write($0) }
    }
}

/// Collects bytes in memory: the test double for exporters, and a buffer for small parts.
public final class MemorySink: ByteSink {
    public private(set) var data = Data()

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        data.append(contentsOf: bytes)
    }

    public func flush() throws {}

    /// The bytes as UTF-8 text.
    public var string: String { String(decoding: data, as: UTF8.self) }
}

/// Writes to a file descriptor through a 256 KiB buffer. Does not close the descriptor.
public final class FileDescriptorSink: ByteSink {
    private let descriptor: Int32
    private let name: String
    private var buffer: [UInt8] = []
    private let capacity = 1 << 18

    /// - Parameter name: the path or `stdout`, for error messages.
    public init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
        buffer.reserveCapacity(capacity)
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > capacity { try flush() }
        if bytes.count >= capacity {
            try writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw ExportError.writeFailed(path: name, reason: String(cString: strerror(errno)))
            }
            offset += written
        }
    }
}
