/// Decides whether two spellings are one name under transliteration: their transliteration
/// keys (`NameKey.transliteration`) are equal, or one edit apart when both are long enough
/// for one edit to be a spelling variant rather than another name.
enum TransliterationMatch {
    static func sameWord(_ a: String, _ b: String) -> Bool {
        sameKey(NameKey.transliteration(a), NameKey.transliteration(b))
    }

    /// `sameWord` on keys already computed.
    static func sameKey(_ x: String, _ y: String) -> Bool {
        if x == y { return true }
        guard min(x.count, y.count) >= 6, abs(x.count - y.count) <= 1 else { return false }
        return NameKey.editDistance(x, y) <= 1
    }

    /// `V.` or `V` as the initial of `Vladimir`.
    static func isInitial(_ a: String, of b: String) -> Bool {
        let letters = a.filter { $0 != "." }
        return letters.count == 1 && b.first.map { String($0) == letters } == true
    }
}

/// A person's name split into the parts the matching rules compare, keys computed once.
struct PersonNameKeys: Sendable {
    let words: [String]
    /// Transliteration key of the surname's core (`al-Assad` → key of `Assad`).
    let surname: String
    /// Transliteration key of the first word, when the name has more than one.
    let first: String?

    init(_ name: String) {
        words = name.split(separator: " ").map(String.init)
        surname = NameKey.transliteration(PersonNames.surnameCore(words.last ?? name))
        first = words.count > 1 ? NameKey.transliteration(words[0]) : nil
    }

    /// `Putin` ~ `Vladimir Putin`; `Volodymyr Zelenskiy` ~ `Volodymyr Zelensky`; first names,
    /// when both have one, must agree too (or one is the other's initial).
    func sameSurname(as other: PersonNameKeys) -> Bool {
        guard TransliterationMatch.sameKey(surname, other.surname) else { return false }
        guard let first, let otherFirst = other.first else { return words.count == 1 }
        return TransliterationMatch.sameKey(first, otherFirst) || TransliterationMatch.isInitial(words[0], of: other.words[0])
            || TransliterationMatch.isInitial(other.words[0], of: words[0])
    }

    /// Every key one deletion away from the surname key, and the key itself: two keys within
    /// edit distance 1 always share one (symmetric-delete blocking).
    var surnameBlocks: Set<String> {
        let key = Array(surname)
        var variants: Set<String> = [surname]
        for index in key.indices {
            var shorter = key
            shorter.remove(at: index)
            variants.insert(String(shorter))
        }
        return variants
    }
}
