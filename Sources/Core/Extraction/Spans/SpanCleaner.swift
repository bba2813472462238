/// Trims a tagged span to the name it holds, following the annotation guidelines
/// (docs/extraction.md): a leading `the` (not a capitalised `The` mid-sentence), titles and honorifics (`President`, `Mr`,
/// `Defense Minister`) and a trailing possessive (`Kyiv’s`, `Reuters’`) are not part of a name.
enum SpanCleaner {
    /// Words that introduce a person's name without being part of it (compared lowercased,
    /// without a final dot).
    static let titleWords: Set<String> = [
        "president", "vice", "prime", "minister", "premier", "chancellor", "mr", "mrs", "ms", "miss", "dr",
        "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope", "emperor", "sheikh", "emir",
        "general", "gen", "lt", "lieutenant", "colonel", "col", "major", "maj", "captain", "capt", "sgt", "sergeant",
        "commander", "admiral", "marshal", "governor", "gov", "mayor", "senator", "sen", "rep", "representative",
        "congressman", "congresswoman", "judge", "justice", "ambassador", "envoy", "secretary", "spokesman",
        "spokeswoman", "spokesperson", "adviser", "advisor", "correspondent", "reporter", "editor", "professor",
        "prof", "rev", "reverend", "archbishop", "bishop", "cardinal", "deputy", "chairman", "chairwoman", "chief",
        "director", "speaker", "commissioner", "officer", "detective", "inspector", "mp", "ceo", "head",
        "defense", "defence", "foreign", "interior", "finance", "health", "culture", "president-elect",
        "secretary-general", "director-general", "photographer", "anchor", "leader", "coach",
    ]

    /// `span` without a leading article, a trailing possessive, and (for people) the titles
    /// before the name; nil when nothing is left.
    static func clean(_ span: TaggedSpan, tokens: [Token], text: ScalarText) -> CandidateSpan? {
        var range = span.range.clamped(to: tokens.indices)
        // A capitalised `The` inside a sentence is part of the name (`The Hague`, `The Oval`);
        // at a sentence start or in capitals it says nothing, and `the` is never part of one.
        while let first = range.first, range.count > 1, isDroppedArticle(first, tokens: tokens) {
            range = (first + 1)..<range.upperBound
        }
        if span.label == .person, let lastTitle = range.last(where: { isTitle(tokens[$0].text) }), lastTitle + 1 < range.upperBound {
            range = (lastTitle + 1)..<range.upperBound
        }
        while let last = range.last, range.count > 1, isPossessiveToken(tokens[last].text) {
            range = range.lowerBound..<last
        }
        guard let first = range.first, let last = range.last else { return nil }
        var end = tokens[last].end
        end -= possessiveSuffixLength(tokens[last].text)
        let start = tokens[first].start
        guard end > start else { return nil }
        return CandidateSpan(label: span.label, tokenRange: range, start: start, end: end,
                             sentence: tokens[first].sentence, text: text.slice(start, end))
    }

    private static func isDroppedArticle(_ index: Int, tokens: [Token]) -> Bool {
        switch tokens[index].text {
        case "the", "THE": return true
        case "The": return index == 0 || tokens[index - 1].sentence != tokens[index].sentence || !(tokens[index - 1].text.first?.isLetter ?? false)
        default: return false
        }
    }

    static func isTitle(_ word: String) -> Bool {
        var lowered = word.lowercased()
        if lowered.hasSuffix(".") { lowered.removeLast() }
        return titleWords.contains(lowered)
    }

    /// `'s`, `’s`, `'` or `’` as a token of its own.
    static func isPossessiveToken(_ word: String) -> Bool {
        ["'s", "’s", "'", "’", "'S", "’S"].contains(word)
    }

    /// How many scalars of a possessive ending `word` carries (`Kyiv’s` → 2, `Reuters’` → 1).
    static func possessiveSuffixLength(_ word: String) -> Int {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count > 2 else { return 0 }
        let apostrophes: Set<Unicode.Scalar> = ["'", "’"]
        if ["s", "S"].contains(scalars[scalars.count - 1]), apostrophes.contains(scalars[scalars.count - 2]) { return 2 }
        if apostrophes.contains(scalars[scalars.count - 1]), ["s", "S"].contains(scalars[scalars.count - 2]) { return 1 }
        return 0
    }
}
