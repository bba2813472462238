/// Everything the merger knows about each local entity key across the corpus.
struct KeyTable {
    struct Info {
        var key: String
        var type: EntityType
        var name: String
        var place: GazetteerPlace?
        var surfaces: Set<String>
        var documentCount: Int
        var wordCount: Int { name.split(separator: " ").count }
        var words: [String] { name.split(separator: " ").map(String.init) }
    }

    private(set) var info: [String: Info] = [:]
    /// Keys in sorted order, so every rule visits them the same way whatever the input order.
    let keys: [String]

    init(_ documents: [DocumentEntities]) {
        var info: [String: Info] = [:]
        for document in documents {
            for entity in document.entities {
                if var existing = info[entity.key] {
                    existing.surfaces.formUnion(entity.surfaces)
                    existing.documentCount += 1
                    // Keep the name deterministic whatever the order: the smallest spelling.
                    if entity.name < existing.name { existing.name = entity.name }
                    info[entity.key] = existing
                } else {
                    info[entity.key] = Info(key: entity.key, type: entity.type, name: entity.name, place: entity.place,
                                            surfaces: Set(entity.surfaces), documentCount: 1)
                }
            }
        }
        self.info = info
        keys = info.keys.sorted()
    }
}

/// Disjoint sets of keys; the representative of a set is its smallest key, so the outcome
/// does not depend on the order of unions.
struct UnionFind {
    private var parent: [String: String]

    init(_ keys: [String]) {
        parent = Dictionary(uniqueKeysWithValues: keys.map { ($0, $0) })
    }

    mutating func find(_ key: String) -> String {
        var root = key
        while let next = parent[root], next != root { root = next }
        var node = key
        while let next = parent[node], next != root { parent[node] = root; node = next }
        return root
    }

    mutating func union(_ a: String, _ b: String) {
        let x = find(a), y = find(b)
        guard x != y else { return }
        if x < y { parent[y] = x } else { parent[x] = y }
    }

    /// Every set as (representative, sorted members), sorted by representative.
    func groups() -> [(String, [String])] {
        var copy = self
        var groups: [String: [String]] = [:]
        for key in parent.keys { groups[copy.find(key), default: []].append(key) }
        return groups.keys.sorted().map { ($0, groups[$0, default: []].sorted()) }
    }
}
