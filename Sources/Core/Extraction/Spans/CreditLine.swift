/// Agencies in photo credits: `Sergey Bobok / AFP - Getty Images` names a photographer and two
/// agencies, but a lone acronym between the marks rarely gets a tag. An untagged acronym
/// (`AcronymRule`) after a person's name and a `/`, or followed by ` - ` and an organisation, is
/// an organisation.
enum CreditLine {
    /// ORG spans for the untagged acronyms of credit lines among `spans`.
    static func agencies(_ spans: [TaggedSpan], tokens: [Token]) -> [TaggedSpan] {
        var covered = [Bool](repeating: false, count: tokens.count)
        var orgStarts = Set<Int>(), personEnds = Set<Int>()
        for span in spans {
            for i in span.range where i < tokens.count { covered[i] = true }
            if span.label == .org { orgStarts.insert(span.range.lowerBound) }
            if span.label == .person { personEnds.insert(span.range.upperBound) }
        }
        var found: [TaggedSpan] = []
        for i in tokens.indices where !covered[i] && AcronymRule.acronym(tokens[i].text) != nil {
            let sentence = tokens[i].sentence
            func text(_ j: Int) -> String? { tokens.indices.contains(j) && tokens[j].sentence == sentence ? tokens[j].text : nil }
            let afterPerson = text(i - 1) == "/" && personEnds.contains(i - 1)
            let dashThenOrg = text(i + 1) == "-" && tokens[i].end < tokens[i + 1].start && orgStarts.contains(i + 2)
            if afterPerson || dashThenOrg { found.append(TaggedSpan(label: .org, range: i..<(i + 1))) }
        }
        return found
    }
}
