/// Merges people across documents: full names that are transliteration variants with agreeing
/// first names, then lone surnames that can mean exactly one merged full name.
enum PersonVariantRule {
    static func apply(_ table: KeyTable, to clusters: inout UnionFind) {
        let people = table.keys.compactMap { table.info[$0] }.filter { $0.type == .person }
        let full = people.filter { $0.wordCount > 1 }
        let blocks = surnameBlocks(full)
        for block in blocks.keys.sorted() {
            let members = blocks[block, default: []]
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] where PersonNames.sameSurname(a.words, b.words) {
                    clusters.union(a.key, b.key)
                }
            }
        }
        for single in people where single.wordCount == 1 {
            let candidates = Set(full.filter { PersonNames.sameSurname(single.words, $0.words) }.map { clusters.find($0.key) })
            if candidates.count == 1, let target = candidates.first { clusters.union(single.key, target) }
        }
    }

    /// Full names grouped by every one-deletion variant of their surname's transliteration
    /// key: two keys within edit distance 1 always share a block (symmetric-delete blocking).
    private static func surnameBlocks(_ people: [KeyTable.Info]) -> [String: [KeyTable.Info]] {
        var blocks: [String: [KeyTable.Info]] = [:]
        for person in people {
            guard let surname = person.words.last else { continue }
            let key = Array(NameKey.transliteration(surname))
            var variants: Set<String> = [String(key)]
            for index in key.indices {
                var shorter = key
                shorter.remove(at: index)
                variants.insert(String(shorter))
            }
            for variant in variants { blocks[variant, default: []].append(person) }
        }
        return blocks
    }
}
