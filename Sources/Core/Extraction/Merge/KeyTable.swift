/// Everything the merger knows about each local entity key across the corpus: the combined
/// `KeyRow`s, indexed by key.
struct KeyTable {
    struct Info {
        var key: String
        var type: EntityType
        var name: String
        var place: GazetteerPlace?
        var surfaces: [String]
        var documentCount: Int
        var wordCount: Int { name.split(separator: " ").count }
        var words: [String] { name.split(separator: " ").map(String.init) }

        init(_ row: KeyRow) {
            key = row.key
            type = row.type
            name = row.name
            place = row.place
            surfaces = row.surfaces
            documentCount = row.documents
        }
    }

    private(set) var info: [String: Info] = [:]
    /// Keys in sorted order, so every rule visits them the same way whatever the input order.
    let keys: [String]

    /// The table of `rows`, combining rows of equal keys.
    init(_ rows: [KeyRow]) {
        let combined = KeyRow.combining(rows)
        var info: [String: Info] = [:]
        info.reserveCapacity(combined.count)
        for row in combined { info[row.key] = Info(row) }
        self.info = info
        keys = combined.map(\.key)
    }
}
