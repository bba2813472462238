/// Fixes the tagger's span boundaries and labels with cues in the text, following the
/// annotation guidelines (maximal names; titles are not names):
/// - a span ending in an organisation's head noun (`Ministry`, `Program`, `News`, ...) is ORG,
///   and swallows a name right before it (`Russian` + `Defense Ministry`, `Russia` + `Studies Program`);
/// - a name after `company`, `firm`, `agency`, ... is ORG (`satellite company Maxar`);
/// - an organisation followed by a title and a name is split (`ITV News Correspondent Dan Rivers`);
/// - an organisation ending in a title loses it (`NATO Secretary` of `NATO Secretary-General`),
///   and a lone compass adjective is no organisation (`Western nations`);
/// - a name right after a title and a comma is a person (`Kharkiv's mayor, Igor Terekhov`);
/// - a place the text says someone posted or spoke on is a platform (`wrote on Facebook`: ORG),
///   and so is an untagged word there (`said on Twitter`; `PlatformCue`);
/// - the parts of a photo credit after the photographer are agencies (`Sergey Bobok / AFP -
///   Getty Images`; `CreditLine`), and an untagged photographer there is a person;
/// - name particles join a person's name (`Bashar` `al-Assad`, `Ludwig` `van` `Beethoven`);
/// - two person spans with only a space between them are one name;
/// - two places joined by `and` in one span are split (`Sea of Azov and Enerhodar`).
enum SpanRetyping {
    static let organisationHeads: Set<String> = [
        "ministry", "program", "programme", "institute", "university", "council", "agency", "committee", "party",
        "bank", "fund", "association", "corporation", "corp", "company", "inc", "ltd", "group", "news", "service",
        "services", "army", "assembly", "commission", "office", "department", "center", "centre", "foundation",
        "union", "organization", "organisation", "federation", "court", "parliament", "police", "guard", "forces",
        "airlines", "airways", "network", "times", "post", "journal", "press", "television", "radio", "tv", "club",
        "society", "board", "authority", "bureau", "directorate", "academy", "school", "college", "hospital",
        "movement", "front", "brigade", "battalion", "regiment", "command", "fleet", "navy", "technologies",
        "palace", "images",
    ]
    static let organisationCues: Set<String> = [
        "company", "firm", "agency", "broadcaster", "newspaper", "outlet", "network", "maker", "manufacturer",
        "startup", "carrier", "airline", "operator", "provider", "retailer", "insurer", "lender", "publisher",
        "group", "website", "channel", "platform", "giant", "conglomerate", "bank",
    ]
    static let bylineTitles: Set<String> = [
        "correspondent", "reporter", "editor", "spokesman", "spokeswoman", "spokesperson", "analyst",
        "photographer", "anchor", "presenter", "columnist", "producer", "ambassador", "envoy", "minister",
        "president", "secretary", "chancellor", "governor", "mayor", "senator", "adviser", "advisor",
    ]
    /// Head nouns that make even a LOC-tagged span an institution (`Russia Studies Program`);
    /// facilities (`school`, `hospital`, `center`) stay places, as the guidelines have them.
    static let institutionHeads: Set<String> = [
        "ministry", "program", "programme", "institute", "council", "agency", "committee", "party", "fund",
        "association", "corporation", "company", "group", "news", "service", "commission", "office", "department",
        "foundation", "organization", "organisation", "federation", "parliament", "police", "forces", "army", "navy",
        "assembly", "network",
    ]
    /// Last words of event names (`Greater Milwaukee Open`, `U.S. Amateur Championship`):
    /// events are no person, organisation or place (MISC, left out).
    static let eventHeads: Set<String> = [
        "open", "championship", "championships", "cup", "tournament", "classic", "games", "olympics", "marathon",
        "trophy", "rally", "festival", "grand prix", "invitational", "masters",
    ]
    static let particles: Set<String> = ["al", "el", "bin", "ibn", "van", "von", "de", "da", "di", "der", "den", "-", "bint", "abu"]

    static func apply(_ spans: [TaggedSpan], tokens: [Token]) -> [TaggedSpan] {
        var result = joinParticles(joinAdjacentPersons(spans, tokens: tokens), tokens: tokens)
        result = result.flatMap { splitByline($0, tokens: tokens) }.compactMap { dropTrailingTitle($0, tokens: tokens) }
        result = result.map { retype($0, tokens: tokens) } + PlatformCue.untagged(result, tokens: tokens)
        result = CreditLine.agencies(result.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) },
                                     tokens: tokens)
        return absorbModifiers(result, tokens: tokens)
    }

    private static func lastWord(_ span: TaggedSpan, _ tokens: [Token]) -> String {
        span.range.last.map { tokens[$0].text.lowercased() } ?? ""
    }

    private static func retype(_ span: TaggedSpan, tokens: [Token]) -> TaggedSpan {
        var span = span
        if span.label != .org && span.range.count > 1,
           span.label == .location ? institutionHeads.contains(lastWord(span, tokens)) : organisationHeads.contains(lastWord(span, tokens)) {
            span.label = .org
        }
        if span.label == .person, let before = span.range.first.map({ $0 - 1 }), before >= 0,
           organisationCues.contains(tokens[before].text) {
            span.label = .org
        }
        if span.label == .org, span.range.count > 1, !organisationHeads.contains(lastWord(span, tokens)),
           let first = span.range.first, first >= 2, tokens[first - 1].text == ",", SpanCleaner.isTitle(tokens[first - 2].text),
           tokens[first - 2].text.first?.isLowercase == true {
            span.label = .person
        }
        if span.label != .misc, span.range.count > 1, eventHeads.contains(lastWord(span, tokens)) {
            span.label = .misc
        }
        if span.label == .location, PlatformCue.follows(span.range, tokens: tokens) {
            span.label = .org
        }
        return span
    }

    /// An organisation span without the titles at its end (`NATO Secretary` → `NATO`); nil when
    /// only titles were left.
    private static func dropTrailingTitle(_ span: TaggedSpan, tokens: [Token]) -> TaggedSpan? {
        guard span.label == .org else { return span }
        // A lone compass adjective (`Western nations`) is no organisation's name either.
        if span.range.count == 1, let only = span.range.first, PlaceResolver.blocWords.contains(tokens[only].text.lowercased()) { return nil }
        var range = span.range
        while let last = range.last, bylineTitles.contains(tokens[last].text.lowercased()) {
            range = range.lowerBound..<last
        }
        return range.isEmpty ? nil : TaggedSpan(label: span.label, range: range)
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

    /// `ITV News Correspondent Dan Rivers` → ORG `ITV News` and PER `Dan Rivers`;
    /// `Ukrainian Ambassador Sergiy Kyslytsya` → PER `Sergiy Kyslytsya` (one word before the
    /// title is a description, not an organisation's name, unless it is an acronym: `BBC`).
    private static func splitByline(_ span: TaggedSpan, tokens: [Token]) -> [TaggedSpan] {
        guard span.label == .org || span.label == .person,
              let title = span.range.dropFirst().dropLast().last(where: { bylineTitles.contains(tokens[$0].text.lowercased()) }),
              tokens[title].text.first?.isUppercase == true
        else { return [span] }
        let person = TaggedSpan(label: .person, range: (title + 1)..<span.range.upperBound)
        let before = span.range.lowerBound..<title
        let isName = before.count > 1 || AcronymRule.acronym(tokens[before.lowerBound].text) != nil
        return isName ? [TaggedSpan(label: .org, range: before), person] : [person]
    }

    /// `Sea of Azov and Enerhodar` → two LOC spans, when the span holds `and` and both sides
    /// are places the gazetteer knows.
    static func splitCoordinated(_ spans: [TaggedSpan], tokens: [Token], gazetteer: Gazetteer) -> [TaggedSpan] {
        spans.flatMap { span -> [TaggedSpan] in
            guard span.label != .person, let and = span.range.first(where: { tokens[$0].text == "and" }),
                  and > span.range.lowerBound, and + 1 < span.range.upperBound else { return [span] }
            let left = span.range.lowerBound..<and, right = (and + 1)..<span.range.upperBound
            func name(_ range: Range<Int>) -> String { range.map { tokens[$0].text }.joined(separator: " ") }
            guard gazetteer.contains(name(left)), gazetteer.contains(name(right)) else { return [span] }
            return [TaggedSpan(label: .location, range: left), TaggedSpan(label: .location, range: right)]
        }
    }

    /// Two person spans with only a space between them are one name the tagger split
    /// (`Volodymyr` `Zelensky’s`).
    private static func joinAdjacentPersons(_ spans: [TaggedSpan], tokens: [Token]) -> [TaggedSpan] {
        var result: [TaggedSpan] = []
        for span in spans {
            if let previous = result.last, previous.label == .person, span.label == .person,
               previous.range.upperBound == span.range.lowerBound, span.range.lowerBound < tokens.count,
               tokens[span.range.lowerBound].start == tokens[previous.range.upperBound - 1].end + 1 {
                result[result.count - 1].range = previous.range.lowerBound..<span.range.upperBound
            } else {
                result.append(span)
            }
        }
        return result
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
