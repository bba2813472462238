import Foundation

/// How often one entity is mentioned in one slice of the corpus (`newskit merge-step rows`
/// writes one per entity its slice mentions), or in several slices once combined (`merge-step
/// usage`, the final write). Folded, in any grouping and order, into the `mentions`, `documents`,
/// `first_date`/`last_date` and `document_ids` of entities.csv and the GeoJSON layer, so no task
/// holds a row per document to count.
///
/// `{"documents":2,"entity":"person:x","firstDate":"2024-01-02","lastDate":"2024-03-01","listed":[{"id":"a","slice":0},{"id":"b","slice":4}],"mentions":3}`
public struct UsageRow: Codable, Sendable, Equatable {
    /// A document listed in `document_ids`, with the slice it is in: within a slice documents
    /// come in corpus order, so (slice, place in the list) is corpus order.
    public struct Listed: Codable, Sendable, Equatable {
        public var slice: Int
        public var id: String
    }

    public var entity: String
    public var mentions: Int
    public var documents: Int
    /// The first `listedDocuments` documents mentioning it, in corpus order.
    public var listed: [Listed]
    /// Earliest and latest day (`YYYY-MM-DD`) of the documents mentioning it, when any has a date.
    public var firstDate: String?
    public var lastDate: String?

    /// The row of one slice: `documentIDs` in corpus order.
    public init(entity: String, slice: Int, mentions: Int, documents: Int, documentIDs: [String], firstDate: String?, lastDate: String?) {
        self.entity = entity
        self.mentions = mentions
        self.documents = documents
        listed = documentIDs.map { Listed(slice: slice, id: $0) }
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    /// How many document ids a row keeps (the GeoJSON layer lists at most these).
    public static let listedDocuments = 20

    /// The listed document ids, in corpus order.
    public var documentIDs: [String] { listed.map(\.id) }

    /// The counts of both rows (same entity, no slice counted twice), in either order: the first
    /// documents of the two are the first of their lists merged by slice.
    public func combined(with other: UsageRow) -> UsageRow {
        var row = self
        row.mentions += other.mentions
        row.documents += other.documents
        row.listed = Self.merge(listed, other.listed)
        row.firstDate = [firstDate, other.firstDate].compactMap { $0 }.min()
        row.lastDate = [lastDate, other.lastDate].compactMap { $0 }.max()
        return row
    }

    /// The first `listedDocuments` of two lists sorted by slice, merged (ties keep `a` first).
    private static func merge(_ a: [Listed], _ b: [Listed]) -> [Listed] {
        var merged: [Listed] = []
        var i = 0, j = 0
        while merged.count < listedDocuments && (i < a.count || j < b.count) {
            if j >= b.count || (i < a.count && a[i].slice <= b[j].slice) {
                merged.append(a[i]); i += 1
            } else {
                merged.append(b[j]); j += 1
            }
        }
        return merged
    }

    /// The row as one line of JSON, keys sorted.
    public func jsonLine() throws -> Data {
        try PartialRecord.encoder.encode(self) + Data([0x0A])
    }
}
