/// Fixes the tagger's span boundaries and labels with cues in the text, following the
/// annotation guidelines (maximal names; titles are not names):
/// - a span ending in an organisation's head noun (`Ministry`, `Program`, `News`, ...) is ORG,
///   and swallows a name right before it (`Russian` + `Defense Ministry`, `Russia` + `Studies Program`);
/// - a name after `company`, `firm`, `agency`, ... is ORG (`satellite company Maxar`);
/// - an organisation followed by a title and a name is split (`ITV News Correspondent Dan Rivers`);
/// - name particles join a person's name (`Bashar` `al-Assad`, `Ludwig` `van` `Beethoven`).
enum SpanRetyping {
    static let organisationHeads: Set<String> = [
        "ministry", "program", "programme", "institute", "university", "council", "agency", "committee", "party",
        "bank", "fund", "association", "corporation", "corp", "company", "inc", "ltd", "group", "news", "service",
        "services", "army", "assembly", "commission", "office", "department", "center", "centre", "foundation",
        "union", "organization", "organisation", "federation", "court", "parliament", "police", "guard", "forces",
        "airlines", "airways", "network", "times", "post", "journal", "press", "television", "radio", "tv", "club",
        "society", "board", "authority", "bureau", "directorate", "academy", "school", "college", "hospital",
        "movement", "front", "brigade", "battalion", "regiment", "command", "fleet", "navy", "technologies",
    ]
    static let organisationCues: Set<String> = [
        "company", "firm", "agency", "broadcaster", "newspaper", "outlet", "network", "maker", "manufacturer",
        "startup", "carrier", "airline", "operator", "provider", "retailer", "insurer", "lender", "publisher",
        "group", "website", "channel", "platform", "giant", "conglomerate", "bank",
    ]
    static let bylineTitles: Set<String> = [
        "correspondent", "reporter", "editor", "spokesman", "spokeswoman", "spokesperson", "analyst",
        "photographer", "anchor", "presenter", "columnist", "producer",
    ]
    static let particles: Set<String> = ["al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "der", "den", "-", "bint", "abu"]

    static func apply(_ spans: [TaggedSpan], tokens: [Token]) -> [TaggedSpan] {
        var result = joinParticles(spans, tokens: tokens)
        result = result.flatMap { splitByline($0, tokens: tokens) }
        result = result.map { retype($0, tokens: tokens) }
        return absorbModifiers(result, tokens: tokens)
    }

    private static func lastWord(_ span: TaggedSpan, _ tokens: [Token]) -> String {
        span.range.last.map { tokens[$0].text.lowercased() } ?? ""
    }

    private static func retype(_ span: TaggedSpan, tokens: [Token]) -> TaggedSpan {
        var span = span
        if span.label != .org && span.label != .location && organisationHeads.contains(lastWord(span, tokens)) && span.range.count > 1 {
            span.label = .org
        }
        if span.label == .person, let before = span.range.first.map({ $0 - 1 }), before >= 0,
           organisationCues.contains(tokens[before].text) {
            span.label = .org
        }
        return span
    }

    /// `Russian` + `Defense Ministry` → one ORG span when only a space separates them.
    private static func absorbModifiers(_ spans: [TaggedSpan], tokens: [Token]) -> [TaggedSpan] {
        var result: [TaggedSpan] = []
        for span in spans {
            if let previous = result.last, span.label == .org, previous.label != .person,
               previous.range.upperBound == span.range.lowerBound, span.range.count > 1,
               organisationHeads.contains(lastWord(span, tokens)),
               tokens[span.range.lowerBound].start == tokens[previous.range.upperBound - 1].end + 1 {
                result[result.count - 1] = TaggedSpan(label: .org, range: previous.range.lowerBound..<span.range.upperBound)
            } else {
                result.append(span)
            }
        }
        return result
    }

    /// `ITV News Correspondent Dan Rivers` → ORG `ITV News` and PER `Dan Rivers`.
    private static func splitByline(_ span: TaggedSpan, tokens: [Token]) -> [TaggedSpan] {
        guard span.label == .org || span.label == .person,
              let title = span.range.dropFirst().dropLast().first(where: { bylineTitles.contains(tokens[$0].text.lowercased()) })
        else { return [span] }
        return [TaggedSpan(label: .org, range: span.range.lowerBound..<title), TaggedSpan(label: .person, range: (title + 1)..<span.range.upperBound)]
    }

    /// A person span, name particles and a following capitalised word or person span → one person.
    private static func joinParticles(_ spans: [TaggedSpan], tokens: [Token]) -> [TaggedSpan] {
        var result: [TaggedSpan] = []
        var index = 0
        while index < spans.count {
            var span = spans[index]
            index += 1
            guard span.label == .person else { result.append(span); continue }
            var next = span.range.upperBound
            while next < tokens.count, particles.contains(tokens[next].text), tokens[next].sentence == tokens[span.range.lowerBound].sentence {
                next += 1
            }
            guard next > span.range.upperBound, next < tokens.count, tokens[next].text.first?.isUppercase == true,
                  tokens[span.range.upperBound].text != "-" else { result.append(span); continue }
            var end = next + 1
            if index < spans.count, spans[index].range.lowerBound == next, spans[index].label == .person {
                end = spans[index].range.upperBound
                index += 1
            }
            span.range = span.range.lowerBound..<end
            result.append(span)
        }
        return result
    }
}
