/// Whether a name stands where a sports team stands: next to a score or a results-table figure
/// (`Birmingham 2 1 1 0`, `Chelsea 2-1`), around a fixture word (`Birmingham v Barnsley`,
/// `FLORIDA AT CINCINNATI`) or a result verb (`Leeds beat Chelsea`). Clubs are named after
/// their city, so an organisation span found there stays an organisation instead of being
/// rescued as the city (`PlaceResolver`); a city's name in a dateline (`PHILADELPHIA
/// 1996-08-29`) or before a year is not a team.
enum TeamContext {
    /// Words that join two sides of a fixture; `AT` only in capitals (US listings), since a
    /// lowercase `at` mostly introduces a place.
    static let fixtureWords: Set<String> = ["v", "v.", "vs", "vs.", "versus", "AT"]
    /// Verbs that report a result between two sides.
    static let resultVerbs: Set<String> = [
        "beat", "beats", "defeated", "defeat", "defeats", "drew", "draw", "edged", "thrashed", "routed", "overcame",
        "downed", "trounced", "hammered", "crushed", "whipped", "blanked", "swept", "outscored", "lost", "tied",
    ]

    /// Whether the span over `range` of `tokens` reads as a team.
    static func isTeam(_ range: Range<Int>, tokens: [Token]) -> Bool {
        guard let first = range.first, let last = range.last else { return false }
        let sentence = tokens[first].sentence
        let before = first > 0 && tokens[first - 1].sentence == sentence ? tokens[first - 1].text : nil
        let after = last + 1 < tokens.count && tokens[last + 1].sentence == sentence ? tokens[last + 1].text : nil
        if let after, isScore(after) || fixtureWords.contains(after) || resultVerbs.contains(after.lowercased()) { return true }
        if let before, isScore(before) || fixtureWords.contains(before) || resultVerbs.contains(before.lowercased()) { return true }
        return false
    }

    /// A score or table figure: 1–3 digits (`2`, `.538` is not one), or two such joined by a
    /// hyphen (`2-1`); years and dates are not scores.
    static func isScore(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return false }
        return parts.allSatisfy { part in
            (1...3).contains(part.utf8.count) && part.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
        }
    }
}
