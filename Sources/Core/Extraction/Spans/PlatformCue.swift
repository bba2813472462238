/// Names that the text says someone wrote, posted or spoke on: `wrote on Facebook`, `said on
/// Twitter`, `posted on Telegram`. Those are platforms (organisations), not places, and the
/// tagger often leaves them out or calls them places.
enum PlatformCue {
    /// Verbs of writing and speaking that take `on` + a medium.
    static let verbs: Set<String> = [
        "wrote", "write", "writes", "writing", "written", "posted", "post", "posts", "posting", "said", "says", "tweeted",
        "announced", "shared", "published", "commented", "stated", "declared", "appeared", "streamed", "broadcast",
        "live-streamed", "reported", "claimed", "added", "warned",
    ]
    /// Capitalised words after `said on` that are times, not media.
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter",
        "thanksgiving", "election", "independence",
    ]

    /// Whether `range` is one capitalised word right after `<verb> on` in its sentence.
    static func follows(_ range: Range<Int>, tokens: [Token]) -> Bool {
        guard range.count == 1, let word = range.first, word >= 2 else { return false }
        let sentence = tokens[word].sentence
        guard tokens[word - 1].text == "on", tokens[word - 2].sentence == sentence,
              verbs.contains(tokens[word - 2].text.lowercased()),
              tokens[word].text.first?.isUppercase == true, !timeWords.contains(tokens[word].text.lowercased())
        else { return false }
        return true
    }

    /// ORG spans for untagged platform names (`said on Twitter`) among `spans`.
    static func untagged(_ spans: [TaggedSpan], tokens: [Token]) -> [TaggedSpan] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for span in spans { for i in span.range where i < tokens.count { covered[i] = true } }
        var found: [TaggedSpan] = []
        for i in tokens.indices.dropFirst(2) where !covered[i] && tokens[i - 1].text == "on" && follows(i..<(i + 1), tokens: tokens) {
            // A following capitalised word makes it a longer name the tagger chose to leave out.
            if i + 1 < tokens.count, tokens[i + 1].sentence == tokens[i].sentence, tokens[i + 1].text.first?.isUppercase == true { continue }
            found.append(TaggedSpan(label: .org, range: i..<(i + 1)))
        }
        return found
    }
}
