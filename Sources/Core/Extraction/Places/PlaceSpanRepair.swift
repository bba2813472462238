/// Spans whose form says they are places although the tagger cut or typed them otherwise,
/// mended before resolution with what the gazetteer knows:
/// - a country cut short of its full name: `Democratic Republic of the` + `Congo` is one place;
/// - a person or organisation named like a division: `Scott County`, `Nyanza Province` (no one is
///   called that, and an office of the county is named longer: `Scott County Sheriff`), unless it
///   stands where a team stands (`Ross County 2`, see `TeamContext`);
/// - a state's abbreviation in capitals alone (`NSW`, `QLD`), tagged as an organisation.
enum PlaceSpanRepair {
    /// Kind words that end a division's name and no person's or organisation's.
    static let divisionKindWords: Set<String> = ["county", "parish", "province", "prefecture", "governorate", "oblast"]
    /// How many words before a country's short name may complete its full name.
    static let longestPrefix = 5

    static func apply(_ spans: [CandidateSpan], tokens: [Token], gazetteer: Gazetteer) -> [CandidateSpan] {
        let repaired = spans.enumerated().map { position, span in
            switch span.label {
            case .location:
                // A MISC span is no name of its own (the tagger often calls `Democratic` one).
                let floor = spans[..<position].last { $0.label != .misc }?.tokenRange.upperBound ?? 0
                return widenedToFullName(span, tokens: tokens, floor: floor, gazetteer: gazetteer) ?? span
            case .person, .org:
                // A club named after its county (`Ross County 3 0 0 3`) stays a club.
                guard namedLikeDivision(span, tokens: tokens, gazetteer: gazetteer) || isDivisionAbbreviation(span.text, gazetteer: gazetteer),
                      !TeamContext.isTeam(span.tokenRange, tokens: tokens) else {
                    return span
                }
                var place = span
                place.label = .location
                return place
            case .misc:
                return span
            }
        }
        // A MISC span a widened name swallowed goes.
        let widened = repaired.filter { $0.label == .location }.map(\.tokenRange)
        return repaired.filter { span in span.label != .misc || !widened.contains { $0.overlaps(span.tokenRange) } }
    }

    /// `span` grown leftwards over untagged words of its sentence into the longest country name
    /// that starts with a capital: `Democratic Republic of the Congo`, though `Republic of the
    /// Congo` and `Congo` are countries too.
    private static func widenedToFullName(_ span: CandidateSpan, tokens: [Token], floor: Int, gazetteer: Gazetteer) -> CandidateSpan? {
        guard gazetteer.firstMatch(span.text, where: { $0.place.kind == .country }) != nil else { return nil }
        var best: CandidateSpan?
        var text = span.text
        var first = span.tokenRange.lowerBound
        while first > floor, span.tokenRange.lowerBound - first < longestPrefix {
            let previous = tokens[first - 1]
            // Words of one line only: the text is rebuilt from tokens, one space between them.
            guard previous.sentence == span.sentence, tokens[first].start - previous.end <= 1 else { break }
            text = previous.text + (tokens[first].start > previous.end ? " " : "") + text
            first -= 1
            if previous.text.first?.isUppercase == true,
               gazetteer.firstMatch(text, where: { $0.place.kind == .country }) != nil {
                best = CandidateSpan(label: .location, tokenRange: first..<span.tokenRange.upperBound, start: previous.start,
                                     end: span.end, sentence: span.sentence, text: text)
            }
        }
        return best
    }

    /// `Scott County`, `Nyanza Province`: the last word is a division's kind and the gazetteer
    /// knows the name, or the name before the kind word as a division.
    private static func namedLikeDivision(_ span: CandidateSpan, tokens: [Token], gazetteer: Gazetteer) -> Bool {
        guard span.tokenRange.count >= 2, let last = tokens[span.tokenRange.upperBound - 1].text.first, last.isUppercase,
              divisionKindWords.contains(tokens[span.tokenRange.upperBound - 1].text.lowercased()) else { return false }
        if gazetteer.firstMatch(span.text, where: { [.admin1, .admin2].contains($0.place.featureClass) }) != nil { return true }
        guard let space = span.text.lastIndex(of: " ") else { return false }
        return gazetteer.firstMatch(String(span.text[..<space]), where: { [.admin1, .admin2].contains($0.place.featureClass) && $0.isMainName }) != nil
    }

    /// A first-level division's abbreviation in capitals, three letters or more (`NSW`, `QLD`),
    /// the form `UntaggedPlaces` accepts for a lone word.
    private static func isDivisionAbbreviation(_ text: String, gazetteer: Gazetteer) -> Bool {
        guard text.count >= 3, text.count <= 5, text == text.uppercased(), !text.contains(" ") else { return false }
        return gazetteer.firstMatch(text, where: { $0.place.featureClass == .admin1 && !$0.isMainName }) != nil
    }
}
