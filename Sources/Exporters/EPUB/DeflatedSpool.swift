import Core

/// Deflated pages waiting on disk until the zip can take them.
///
/// The day and article pages need only the documents, so they are made while the entities are
/// still being merged (`PendingCorpus`); but the zip puts the package document and the
/// navigation first, and those list the back matter (index parts, places), which needs the
/// entities. The pages wait here, compressed (about a fifth of their text), and are copied into
/// the zip in order; memory holds ~60 bytes a page.
final class DeflatedSpool {
    private struct Record {
        var name: String
        var crc: UInt32
        var size: Int
        var bytes: Range<Int64>
    }

    private let file: ScratchFile
    private var records: [Record] = []

    /// - Throws: `ExportError.writeFailed` when no temporary file can be made.
    init() throws {
        file = try ScratchFile(name: "epub-pages")
    }

    var count: Int { records.count }

    /// Keeps `entry` for later.
    func append(_ entry: ZipWriter.DeflatedEntry) throws {
        let bytes = try entry.compressed.withUnsafeBytes { try file.append($0) }
        records.append(Record(name: entry.name, crc: entry.crc, size: entry.size, bytes: bytes))
    }

    /// Calls `body` with every entry, in the order they were appended, one in memory at a time.
    func forEach(_ body: (ZipWriter.DeflatedEntry) throws -> Void) throws {
        for record in records {
            let compressed = try [UInt8](unsafeUninitializedCapacity: record.bytes.count) { buffer, initialized in
                try file.read(record.bytes, into: UnsafeMutableRawBufferPointer(buffer))
                initialized = buffer.count
            }
            try body(ZipWriter.DeflatedEntry(name: record.name, crc: record.crc, size: record.size, compressed: compressed))
        }
    }
}
