/// Merges people across documents: full names that are transliteration variants with agreeing
/// first names, then lone surnames that can mean exactly one merged full name.
enum PersonVariantRule {
    static func apply(_ table: KeyTable, to clusters: inout UnionFind) {
        let people = table.keys.compactMap { table.info[$0] }.filter { $0.type == .person }
        let keys = people.map { PersonNameKeys($0.name) }
        var blocks: [String: [Int]] = [:]
        for (index, person) in people.enumerated() where person.wordCount > 1 {
            for block in keys[index].surnameBlocks { blocks[block, default: []].append(index) }
        }
        for block in blocks.keys.sorted() {
            let members = blocks[block, default: []]
            for (position, a) in members.enumerated() {
                for b in members[(position + 1)...] where keys[a].sameSurname(as: keys[b]) {
                    clusters.union(people[a].key, people[b].key)
                }
            }
        }
        for (index, single) in people.enumerated() where single.wordCount == 1 {
            var candidates: Set<Int> = []
            for block in keys[index].surnameBlocks { candidates.formUnion(blocks[block, default: []]) }
            let roots = Set(candidates.filter { keys[index].sameSurname(as: keys[$0]) }.map { clusters.find(people[$0].key) })
            if roots.count == 1, let target = roots.first { clusters.union(single.key, target) }
        }
    }
}
