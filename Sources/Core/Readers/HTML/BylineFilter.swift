/// Recognises the byline and dateline lines a page prints above its article text
/// (`By Jane Roe, Staff Writer`, `Wednesday, January 09, 2008`, `Updated 47 minutes ago`), which
/// readers see as furniture and article benchmarks leave out. Only short lines before the first
/// real paragraph are looked at, so a sentence in the body that starts with "By" stays.
enum BylineFilter {
    /// A paragraph of this many words or more is the article's text: lines after it are kept.
    static let paragraphWords = 20
    /// Longest date or time line (in words) taken for a dateline.
    static let datelineWords = 10
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    ]

    /// `paragraphs` without the byline and dateline lines that open it.
    static func dropLeading(_ paragraphs: [String]) -> [String] {
        var out: [String] = []
        var inBody = false
        for paragraph in paragraphs {
            let words = paragraph.split(separator: " ")
            if !inBody && isByline(words) { continue }
            if words.count >= paragraphWords { inBody = true }
            out.append(paragraph)
        }
        return out
    }

    /// `By` and a capitalised name, or a date or time line, in at most 12 words.
    static func isByline(_ words: [Substring]) -> Bool {
        guard let first = words.first, words.count <= 12 else { return false }
        if first.lowercased() == "by", words.count >= 2, words[1].first?.isUppercase == true { return true }
        // Up to ten words: `Associated Press - January 11, 2008 4:13 PM ET`.
        guard words.count <= datelineWords, words.contains(where: { $0.contains(where: \.isNumber) }) else { return false }
        let lowered = words.map { $0.lowercased().filter(\.isLetter) }
        return lowered.contains { months.contains($0) || weekdays.contains($0) } || lowered.last == "ago"
    }
}
