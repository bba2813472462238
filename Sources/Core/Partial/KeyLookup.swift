import Foundation

/// The part of the entity merge one slice of the corpus needs: for each local key its documents
/// use, the entity id and type. Its lines are the resolution's key lines
/// (`{"id":…,"key":…,"type":…}`); a Spark job joins them with the keys a partition holds, so no
/// task reads the resolution of the whole corpus (`newskit merge-step rows --lookup`).
public struct KeyLookup: Sendable, Equatable {
    /// One line: a local key, the id of its entity and that entity's type.
    public struct Line: Codable, Sendable, Equatable {
        public var key: String
        public var id: String
        /// Absent in resolution files written before the row slices existed.
        public var type: EntityType?

        public init(key: String, id: String, type: EntityType?) {
            self.key = key
            self.id = id
            self.type = type
        }
    }

    /// Local key → entity id.
    public var idOfKey: [String: String] = [:]
    /// Entity id → type.
    public var typeOfID: [String: EntityType] = [:]

    public init() {}

    /// Reads lookup lines (a resolution's key lines; any `{"entity":…}` or header line is skipped).
    /// - Throws: `PartialError` naming the file and line, also for a line without a type;
    ///   `ReadError` when the file cannot be read.
    public static func read(path: String) throws -> KeyLookup {
        var lookup = KeyLookup()
        try LineStream.forEachLine(of: path, limit: PartialFile.lineLimit) { line, number in
            guard line.starts(with: Data("{\"id\"".utf8)) else { return }
            let location = "\(path):\(number)"
            let entry = try LineStream.decode(Line.self, line, location: location, what: "a key lookup line")
            guard let type = entry.type else {
                throw PartialError.badRecord(location: location, reason: "a key line without the entity's type (written by an older `merge-step resolve`)")
            }
            lookup.idOfKey[entry.key] = entry.id
            lookup.typeOfID[entry.id] = type
        }
        return lookup
    }
}
