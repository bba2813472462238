import Foundation

/// A temporary file of extraction results, written in order by `newskit export` and read back
/// by index while merging (`FoundStore`). The file is unlinked as soon as it is created, so it
/// disappears with the process whatever happens; only its descriptor keeps it alive.
///
/// Each document's `DocumentEntities` is stored as its JSON (the same Codable form partial
/// records carry); the spool keeps 16 bytes a document in memory (offset and length).
public final class FoundSpool: FoundLoader, @unchecked Sendable {
    private let descriptor: Int32
    private var offsets: [Int] = []
    private var lengths: [Int] = []
    private var end = 0
    private let encoder = JSONEncoder()

    /// Creates the spool in the system's temporary folder (`TMPDIR`, else /tmp).
    /// - Throws: `PartialError.spool` when no temporary file can be made.
    public init() throws {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(folder)/newskit-found-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw PartialError.spool(folder: folder, reason: String(cString: strerror(errno))) }
        unlink(String(cString: template))
        descriptor = fd
    }

    deinit { close(descriptor) }

    /// How many documents the spool holds.
    public var count: Int { offsets.count }

    /// Appends the next document's results. Not thread-safe: one writer, in document order.
    public func append(_ found: DocumentEntities) throws {
        let data = try encoder.encode(found)
        try data.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let result = pwrite(descriptor, buffer.baseAddress! + written, buffer.count - written, off_t(end + written))
                guard result > 0 else { throw PartialError.spool(folder: "the temporary folder", reason: String(cString: strerror(errno))) }
                written += result
            }
        }
        offsets.append(end)
        lengths.append(data.count)
        end += data.count
    }

    /// The results of document `index`. Safe from several threads once writing is done.
    public func loadFound(at index: Int) throws -> DocumentEntities {
        var data = Data(count: lengths[index])
        let length = lengths[index], offset = offsets[index]
        try data.withUnsafeMutableBytes { buffer in
            var done = 0
            while done < length {
                let result = pread(descriptor, buffer.baseAddress! + done, length - done, off_t(offset + done))
                guard result > 0 else { throw PartialError.spool(folder: "the temporary folder", reason: result == 0 ? "the spool file is shorter than written" : String(cString: strerror(errno))) }
                done += result
            }
        }
        return try JSONDecoder().decode(DocumentEntities.self, from: data)
    }

    /// The spool as a store (it must not be appended to afterwards).
    public func store() -> FoundStore {
        FoundStore(count: count, loader: self)
    }
}
