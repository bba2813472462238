/// Decides whether two spellings are one name under transliteration: their transliteration
/// keys (`NameKey.transliteration`) are equal, or one edit apart when both are long enough
/// for one edit to be a spelling variant rather than another name.
enum TransliterationMatch {
    static func sameWord(_ a: String, _ b: String) -> Bool {
        let x = NameKey.transliteration(a), y = NameKey.transliteration(b)
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
