/// Joins an acronym (`EU`, `U.N.`, `NATO`) to the one organisation in the corpus whose
/// initials it spells (`European Union`, `United Nations`). An acronym that could stand for
/// two organisations stays on its own.
enum AcronymRule {
    static let skippedWords: Set<String> = ["of", "the", "and", "for", "de", "la", "du", "des", "on", "in", "&"]

    static func apply(_ table: KeyTable, to clusters: inout UnionFind) {
        var expansions: [String: [String]] = [:]
        for key in table.keys {
            guard let info = table.info[key], info.type == .org, info.wordCount > 1 else { continue }
            expansions[initials(of: info.name), default: []].append(key)
        }
        for key in table.keys {
            guard let info = table.info[key], info.place == nil, info.type != .person,
                  let acronym = acronym(info.name), let targets = expansions[acronym] else { continue }
            let roots = Set(targets.map { clusters.find($0) })
            if roots.count == 1, let target = targets.first { clusters.union(key, target) }
        }
    }

    /// `U.N.` → `UN`; nil unless the name is 2 to 6 capital letters (dots allowed).
    static func acronym(_ name: String) -> String? {
        let letters = name.filter { $0 != "." }
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        return letters
    }

    /// `European Union` → `EU`; `Organization for Security and Co-operation in Europe` → `OSCE`.
    static func initials(of name: String) -> String {
        name.split(separator: " ")
            .filter { !skippedWords.contains($0.lowercased()) }
            .compactMap { $0.first.map { String($0).uppercased() } }
            .joined()
    }
}
