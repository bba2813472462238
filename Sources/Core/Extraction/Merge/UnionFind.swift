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
