/// Agencies in photo credits: in `Sergey Bobok / AFP - Getty Images` a photographer's name is
/// followed by a `/` and the agencies, separated by ` - ` or `/`. Each capitalised part after
/// the slash, to the end of the line, is an organisation, whatever the tagger made of it
/// (nothing, MISC, a person). A photographer the tagger left out, two or three capitalised
/// words alone before ` / ` and agencies, is a person (credit lines are glued to the caption
/// before them and to the next paragraph, where the tagger sees no sentence).
enum CreditLine {
    /// `spans` with the agencies of credit lines as ORG spans (replacing what overlapped them),
    /// and untagged photographers as PER spans.
    static func agencies(_ spans: [TaggedSpan], tokens: [Token]) -> [TaggedSpan] {
        let spans = spans + photographers(spans, tokens: tokens)
        var agencies: [TaggedSpan] = []
        for span in spans where span.label == .person {
            let slash = span.range.upperBound
            guard slash + 1 < tokens.count, tokens[slash].text == "/", tokens[slash].sentence == tokens[span.range.lowerBound].sentence
            else { continue }
            agencies += parts(after: slash, tokens: tokens)
        }
        guard !agencies.isEmpty else { return spans }
        let kept = spans.filter { span in !agencies.contains { $0.range.overlaps(span.range) } }
        return (kept + agencies).sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }

    /// PER spans for untagged runs of two or three capitalised words right before a spaced `/`
    /// that agencies follow (`Sergey Bobok / AFP - Getty Images`).
    static func photographers(_ spans: [TaggedSpan], tokens: [Token]) -> [TaggedSpan] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for span in spans { for i in span.range where i < tokens.count { covered[i] = true } }
        var found: [TaggedSpan] = []
        for slash in tokens.indices.dropFirst(2) where tokens[slash].text == "/" && slash + 1 < tokens.count {
            let sentence = tokens[slash].sentence
            guard tokens[slash - 1].end < tokens[slash].start, tokens[slash].end < tokens[slash + 1].start else { continue }
            var start = slash
            while start > 0, tokens[start - 1].sentence == sentence, isNameWord(tokens[start - 1].text), !covered[start - 1] { start -= 1 }
            let before = start - 1
            guard (2...3).contains(slash - start),
                  before < 0 || tokens[before].sentence != sentence || !isNameWord(tokens[before].text) && !covered[before],
                  !parts(after: slash, tokens: tokens).isEmpty
            else { continue }
            found.append(TaggedSpan(label: .person, range: start..<slash))
        }
        return found
    }

    /// A capitalised word of letters (and inner hyphens or apostrophes): `Bobok`, `Jean-Luc`.
    private static func isNameWord(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count > 1 else { return false }
        return word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// The parts of the sentence after the `/` at `slash`, cut at `-` and `/`; nil when any part
    /// does not look like a name (then the line is not a credit).
    private static func parts(after slash: Int, tokens: [Token]) -> [TaggedSpan] {
        let sentence = tokens[slash].sentence
        var parts: [TaggedSpan] = []
        var start = slash + 1, end = start
        func close() -> Bool {
            guard start < end, tokens[start].text.first?.isUppercase == true, end - start <= 4 else { return false }
            parts.append(TaggedSpan(label: .org, range: start..<end))
            return true
        }
        while end < tokens.count && tokens[end].sentence == sentence {
            let attached = tokens[end - 1].end == tokens[end].start && end + 1 < tokens.count && tokens[end].end == tokens[end + 1].start
            if tokens[end].text == "/" || (["-", "–"].contains(tokens[end].text) && !attached) {
                guard close() else { return [] }
                start = end + 1
            }
            end += 1
        }
        return close() ? parts : []
    }
}
