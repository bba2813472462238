import Foundation

/// Extraction results written in order by `newskit export` and read back by index while
/// merging (`FoundStore`), kept in a `ScratchFile` so they do not wait in memory.
///
/// Each document's `DocumentEntities` is stored as a `FoundRecord` (binary: JSON coding cost
/// ten times as much); the spool keeps 16 bytes a document in memory (where its record is).
public final class FoundSpool: FoundLoader, @unchecked Sendable {
    private let file: ScratchFile
    private var ranges: [Range<Int64>] = []

    /// - Throws: `ExportError.writeFailed` when no temporary file can be made.
    public init() throws {
        file = try ScratchFile(name: "found")
    }

    /// How many documents the spool holds.
    public var count: Int { ranges.count }

    /// Appends the next document's results. Not thread-safe: one writer, in document order.
    public func append(_ found: DocumentEntities) throws {
        let record = FoundRecord.encode(found)
        ranges.append(try record.withUnsafeBytes { try file.append($0) })
    }

    /// The results of document `index`. Safe from several threads once writing is done.
    /// - Throws: `ExportError.writeFailed` when the file cannot be read, `SpoolError` when what
    ///   it gives back is not a record.
    public func loadFound(at index: Int) throws -> DocumentEntities {
        let range = ranges[index]
        let record = try [UInt8](unsafeUninitializedCapacity: Int(range.count)) { buffer, count in
            try file.read(range, into: UnsafeMutableRawBufferPointer(buffer))
            count = buffer.count
        }
        return try Self.decode(record, index: index)
    }

    /// The results in `record`, the bytes of document `index`.
    /// - Throws: `SpoolError.damagedRecord` when they are not a whole `FoundRecord`.
    static func decode(_ record: [UInt8], index: Int) throws(SpoolError) -> DocumentEntities {
        do {
            return try record.withUnsafeBytes { try FoundRecord.decode($0) }
        } catch let error as BinaryFormatError {
            throw .damagedRecord(index: index, reason: error.description)
        } catch {
            throw .damagedRecord(index: index, reason: "\(error)")
        }
    }

    /// The spool as a store (it must not be appended to afterwards).
    public func store() -> FoundStore {
        FoundStore(count: count, loader: self)
    }
}
