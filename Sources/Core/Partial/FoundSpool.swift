import Foundation

/// Extraction results written in order by `newskit export` and read back by index while
/// merging (`FoundStore`), kept in a `ScratchFile` so they do not wait in memory.
///
/// Each document's `DocumentEntities` is stored as its JSON (the same Codable form partial
/// records carry); the spool keeps 16 bytes a document in memory (where its JSON is).
public final class FoundSpool: FoundLoader, @unchecked Sendable {
    private let file: ScratchFile
    private var ranges: [Range<Int64>] = []
    private let encoder = JSONEncoder()

    /// - Throws: `ExportError.writeFailed` when no temporary file can be made.
    public init() throws {
        file = try ScratchFile(name: "found")
    }

    /// How many documents the spool holds.
    public var count: Int { ranges.count }

    /// Appends the next document's results. Not thread-safe: one writer, in document order.
    public func append(_ found: DocumentEntities) throws {
        ranges.append(try file.append(try encoder.encode(found)))
    }

    /// The results of document `index`. Safe from several threads once writing is done.
    public func loadFound(at index: Int) throws -> DocumentEntities {
        try JSONDecoder().decode(DocumentEntities.self, from: try file.data(at: ranges[index]))
    }

    /// The spool as a store (it must not be appended to afterwards).
    public func store() -> FoundStore {
        FoundStore(count: count, loader: self)
    }
}
