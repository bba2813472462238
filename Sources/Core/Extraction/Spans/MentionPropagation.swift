/// Finds the other occurrences of names already recognised in a document: where the tagger
/// named `Kharkiv` once, every later `Kharkiv` of that document is a mention too.
///
/// Matching is by exact token texts (case-sensitive, so `US` does not match `us`), longest name
/// first, never inside a span already found.
enum MentionPropagation {
    static func extend(_ resolved: [ResolvedSpan], tokens: [Token], text: ScalarText) -> [ResolvedSpan] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for item in resolved {
            for index in item.span.tokenRange where item.span.start <= tokens[index].start && tokens[index].end <= item.span.end {
                covered[index] = true
            }
        }
        let templates = templatesByFirstWord(resolved, tokens: tokens)
        guard !templates.isEmpty else { return resolved }
        var found = resolved
        var position = 0
        while position < tokens.count {
            guard !covered[position], mayStartName(tokens[position].text), let candidates = templates[tokens[position].text],
                  let match = candidates.first(where: { matches($0.words, at: position, tokens: tokens, covered: covered) }) else {
                position += 1
                continue
            }
            let range = position..<(position + match.words.count)
            let start = tokens[range.lowerBound].start, end = tokens[range.upperBound - 1].end
            var span = match.template.span
            span.tokenRange = range
            span.start = start
            span.end = end
            span.sentence = tokens[position].sentence
            span.text = text.slice(start, end)
            found.append(ResolvedSpan(span: span, type: match.template.type, place: match.template.place))
            position = range.upperBound
        }
        return found.sorted { ($0.span.start, $0.span.end) < ($1.span.start, $1.span.end) }
    }

    /// False for a word that cannot be a template's first word (those start with a capital):
    /// its first byte is ASCII but not `A`-`Z`. Such a word starts with a lowercase letter, a digit
    /// or a mark, and no canonically equivalent spelling starts with a capital, so the dictionary
    /// lookup (hashing the word) is skipped for most tokens without changing any answer.
    private static func mayStartName(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return first >= 0x80 || (first >= 65 && first <= 90)
    }

    private struct Template {
        var words: [String]
        var template: ResolvedSpan
    }

    /// Names made of whole tokens, by first word, longest first; one-letter names are skipped.
    private static func templatesByFirstWord(_ resolved: [ResolvedSpan], tokens: [Token]) -> [String: [Template]] {
        var seen: Set<[String]> = []
        var byFirst: [String: [Template]] = [:]
        for item in resolved {
            let range = item.span.tokenRange
            guard tokens[range.lowerBound].start == item.span.start, tokens[range.upperBound - 1].end == item.span.end else { continue }
            let words = range.map { tokens[$0].text }
            guard let first = words.first, first.first?.isUppercase == true, words.joined().count >= 2,
                  seen.insert(words).inserted else { continue }
            byFirst[first, default: []].append(Template(words: words, template: item))
        }
        for key in byFirst.keys { byFirst[key]?.sort { ($0.words.count, $0.words.joined()) > ($1.words.count, $1.words.joined()) } }
        return byFirst
    }

    private static func matches(_ words: [String], at position: Int, tokens: [Token], covered: [Bool]) -> Bool {
        guard position + words.count <= tokens.count else { return false }
        for (offset, word) in words.enumerated() where covered[position + offset] || tokens[position + offset].text != word {
            return false
        }
        // Not the start of a longer capitalised name (`Kharkiv` inside `Kharkiv Tractor Plant`).
        let after = position + words.count
        if after < tokens.count, tokens[after].sentence == tokens[position].sentence,
           tokens[after].text.first?.isUppercase == true, tokens[after].start == tokens[after - 1].end + 1 {
            return false
        }
        return true
    }
}
