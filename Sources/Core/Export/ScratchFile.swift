import Foundation

/// A temporary file that a step appends bytes to and reads ranges back from, so that what would
/// otherwise grow with the corpus in memory waits on disk: the EPUB's article texts between its
/// two passes, extraction results until the merge (`FoundSpool`).
///
/// The file is unlinked as soon as it is made, in the system's temporary folder (`TMPDIR`), so it
/// vanishes when its descriptor closes, even after a crash or Ctrl-C. Appending is for one
/// writer; reading (`pread`) is safe from several threads once writing is done.
public final class ScratchFile: @unchecked Sendable {
    private let descriptor: Int32
    private let folder: String
    private var end: Int64 = 0

    /// - Parameter name: a word for the file's name while it is being made (`epub`, `found`).
    /// - Throws: `ExportError.writeFailed` when no temporary file can be made.
    public init(name: String) throws {
        folder = NSTemporaryDirectory()
        var template = Array((folder + "/newskit-\(name)-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw Self.failure("create", in: folder) }
        unlink(String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends `bytes` and returns where they are.
    public func append(_ bytes: UnsafeRawBufferPointer) throws -> Range<Int64> {
        let start = end
        var written = 0
        while written < bytes.count, let base = bytes.baseAddress {
            let result = pwrite(descriptor, base + written, bytes.count - written, off_t(start) + off_t(written))
            guard result > 0 else { throw Self.failure("write", in: folder) }
            written += result
        }
        end += Int64(bytes.count)
        return start..<end
    }

    /// Fills `buffer` (of `range.count` bytes) with the bytes at `range`.
    public func read(_ range: Range<Int64>, into buffer: UnsafeMutableRawBufferPointer) throws {
        var done = 0
        while done < buffer.count, let base = buffer.baseAddress {
            let result = pread(descriptor, base + done, buffer.count - done, off_t(range.lowerBound) + off_t(done))
            guard result > 0 else { throw Self.failure("read", in: folder) }
            done += result
        }
    }

    /// Appends `data` and returns where it is.
    public func append(_ data: Data) throws -> Range<Int64> {
        try data.withUnsafeBytes { try append($0) }
    }

    /// The bytes at `range`.
    public func data(at range: Range<Int64>) throws -> Data {
        var data = Data(count: Int(range.count))
        try data.withUnsafeMutableBytes { try read(range, into: $0) }
        return data
    }

    /// Appends `text` as UTF-8 and returns where it is.
    public func append(_ text: String) throws -> Range<Int64> {
        var copy = text
        return try copy.withUTF8 { try append(UnsafeRawBufferPointer($0)) }
    }

    /// The UTF-8 text at `range`.
    public func text(at range: Range<Int64>) throws -> String {
        let count = Int(range.count)
        guard count > 0 else { return "" }
        return try String(unsafeUninitializedCapacity: count) { buffer in
            try read(range, into: UnsafeMutableRawBufferPointer(buffer))
            return count
        }
    }

    private static func failure(_ operation: String, in folder: String) -> ExportError {
        ExportError.writeFailed(
            path: folder,
            reason: "cannot \(operation) a temporary file there (\(String(cString: strerror(errno)))); free disk space there or point TMPDIR at a folder with room")
    }
}
