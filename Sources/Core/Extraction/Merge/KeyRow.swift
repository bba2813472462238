/// What the corpus knows about one local entity key, as a row that can be combined with other
/// rows of the same key in any order: the first stage of `EntityMerger`, and the record a Spark
/// job groups by key (`newskit merge-step keys`, then `combine`).
///
/// Combining is commutative and associative (a monoid): the smallest name, the union of
/// surfaces and the sum of document counts (the place record is the same in every row of a
/// key: place keys are GeoNames ids). So rows can be combined per shard, then per key, then once more,
/// and the table does not depend on how the corpus was split.
public struct KeyRow: Codable, Sendable, Equatable {
    public var key: String
    public var type: EntityType
    public var name: String
    public var place: GazetteerPlace?
    /// Every surface form, sorted.
    public var surfaces: [String]
    /// Documents that use the key.
    public var documents: Int

    public init(key: String, type: EntityType, name: String, place: GazetteerPlace?, surfaces: [String], documents: Int) {
        self.key = key
        self.type = type
        self.name = name
        self.place = place
        self.surfaces = surfaces
        self.documents = documents
    }

    /// The row one document contributes for one of its entities.
    public init(_ entity: LocalEntity) {
        self.init(key: entity.key, type: entity.type, name: entity.name, place: entity.place,
                  surfaces: Array(Set(entity.surfaces)).sorted(), documents: 1)
    }

    /// The two rows of one key as one.
    public func combined(with other: KeyRow) -> KeyRow {
        var result = self
        result.surfaces = Array(Set(surfaces).union(other.surfaces)).sorted()
        result.documents += other.documents
        // Keep the name deterministic whatever the order: the smallest spelling.
        if other.name < name { result.name = other.name }
        return result
    }

    /// Rows with equal keys combined; sorted by key.
    public static func combining(_ rows: [KeyRow]) -> [KeyRow] {
        // Rows combined already come back unchanged: skip rebuilding every key's set (the merge
        // hands `resolve` the rows of an `Accumulator`, and the merge runs after extraction).
        if areCombined(rows) { return rows }
        var accumulator = Accumulator()
        for row in rows { accumulator.add(row) }
        return accumulator.rows
    }

    /// Whether `rows` are what combining gives: keys strictly increasing, each row's surfaces
    /// strictly increasing (so none repeats, under the same `==` a `Set` uses).
    static func areCombined(_ rows: [KeyRow]) -> Bool {
        func increasing(_ values: [String]) -> Bool {
            values.indices.dropFirst().allSatisfy { values[$0 - 1] < values[$0] }
        }
        return rows.indices.dropFirst().allSatisfy { rows[$0 - 1].key < rows[$0].key } && rows.allSatisfy { increasing($0.surfaces) }
    }

    /// Combines rows as they come, keeping one row per key (sets, not sorted arrays, until the
    /// end), so a merge holds per-key state only: about 0.3 KB per distinct key.
    public struct Accumulator {
        private var byKey: [String: (row: KeyRow, surfaces: Set<String>)] = [:]

        public init() {}

        public mutating func add(_ row: KeyRow) {
            if var existing = byKey[row.key] {
                byKey[row.key] = nil // keep the value uniquely referenced while it changes
                existing.surfaces.formUnion(row.surfaces)
                existing.row.documents += row.documents
                // Keep the name deterministic whatever the order: the smallest spelling.
                if row.name < existing.row.name { existing.row.name = row.name }
                byKey[row.key] = existing
            } else {
                byKey[row.key] = (row, Set(row.surfaces))
            }
        }

        /// The rows of every entity of `document`.
        public mutating func add(_ document: DocumentEntities) {
            for entity in document.entities { add(KeyRow(entity)) }
        }

        /// How many distinct keys have been seen.
        public var count: Int { byKey.count }

        /// One row per key, sorted by key, surfaces sorted.
        public var rows: [KeyRow] {
            byKey.keys.sorted().compactMap { key in
                guard var entry = byKey[key] else { return nil }
                entry.row.surfaces = entry.surfaces.sorted()
                return entry.row
            }
        }
    }
}
