/// Agencies in photo credits: in `Sergey Bobok / AFP - Getty Images` a photographer's name is
/// followed by a `/` and the agencies, separated by ` - ` or `/`. Each capitalised part after
/// the slash, to the end of the line, is an organisation, whatever the tagger made of it
/// (nothing, MISC, a person).
enum CreditLine {
    /// `spans` with the agencies of credit lines as ORG spans (replacing what overlapped them).
    static func agencies(_ spans: [TaggedSpan], tokens: [Token]) -> [TaggedSpan] {
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
