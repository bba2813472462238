/// Places the tagger left untagged that the gazetteer is sure of:
/// - inside hyphenated words: `US-led`, `Ukraine-Russia talks`, `a Washington-area think tank`,
///   `Moscow-based` (the guidelines count these as mentions);
/// - a lone word that is exactly a country's or region's name (`Ukraine`, `US`, `Donbas`), not next to another
///   capitalised word (so `Jordan Henderson` and `Chad Smith` stay people).
enum UntaggedPlaces {
    /// Place mentions in tokens that lie outside every PER, ORG and LOC span.
    static func find(in tokens: [Token], outside spans: [CandidateSpan], gazetteer: Gazetteer, text: ScalarText) -> [ResolvedSpan] {
        var covered = [Bool](repeating: false, count: tokens.count)
        for span in spans where span.label != .misc {
            for position in span.tokenRange where covered.indices.contains(position) { covered[position] = true }
        }
        var found: [ResolvedSpan] = []
        for (position, token) in tokens.enumerated() where !covered[position] {
            // The byte test rules out nearly every token before the (slow) Foundation search.
            if token.text.utf8.contains(0x2D) && token.text.contains("-") {
                found += places(in: token, at: position, gazetteer: gazetteer, text: text)
            } else if let country = loneCountry(at: position, tokens: tokens, gazetteer: gazetteer) {
                let span = CandidateSpan(label: .location, tokenRange: position..<(position + 1), start: token.start,
                                         end: token.end, sentence: token.sentence, text: token.text)
                found.append(ResolvedSpan(span: span, type: country.entityType, place: country))
            }
        }
        return found
    }

    private static func loneCountry(at position: Int, tokens: [Token], gazetteer: Gazetteer) -> GazetteerPlace? {
        let word = tokens[position].text
        // The cheap test first: most tokens do not start with a capital.
        guard word.first?.fastIsUppercase == true, word.count >= 2 else { return nil }
        func isCapitalisedWord(_ index: Int) -> Bool {
            tokens.indices.contains(index) && tokens[index].sentence == tokens[position].sentence
                && tokens[index].text.first.map { $0.fastIsUppercase && $0.fastIsLetter } == true
        }
        guard !isCapitalisedWord(position - 1), !isCapitalisedWord(position + 1) else { return nil }
        // Areas by their exact main name (`Donbas`, `Europe`); divisions only by an abbreviation in
        // capitals (`NSW`): their names are too often ordinary words (`Aurora`, `Antique`).
        let isCapitals = word.count >= 3 && word == word.uppercased()
        return gazetteer.firstMatch(word) {
            ($0.place.kind == .country && ($0.place.name == word || (word == word.uppercased() && !$0.isMainName)))
                || ([.region, .continent, .sea].contains($0.place.featureClass) && $0.place.name == word)
                || ($0.place.featureClass == .admin1 && isCapitals && !$0.isMainName)
        }?.place
    }

    private static func places(in token: Token, at position: Int, gazetteer: Gazetteer, text: ScalarText) -> [ResolvedSpan] {
        let parts = token.text.unicodeScalars.split(separator: "-", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        guard parts.count >= 2, !gazetteer.contains(token.text) else { return [] }
        let hasLowercasePart = parts.contains { $0.first?.isLowercase ?? false }
        var found: [ResolvedSpan] = []
        var offset = token.start
        for part in parts {
            defer { offset += part.unicodeScalars.count + 1 }
            guard let first = part.first, first.isUppercase, part.count >= 2 else { continue }
            let matches = gazetteer.matches(part)
            let place: GazetteerPlace?
            if let country = matches.first(where: { $0.place.kind == .country && ($0.isMainName || part == part.uppercased() || part.count > 3) }) {
                place = country.place
            } else if hasLowercasePart {
                place = matches.filter { $0.isMainName && $0.place.kind == .city && $0.place.population >= 100_000 }
                    .max { $0.place.population < $1.place.population }?.place
            } else {
                place = nil
            }
            guard let place else { continue }
            let end = offset + part.unicodeScalars.count
            let span = CandidateSpan(label: .location, tokenRange: position..<(position + 1), start: offset, end: end,
                                     sentence: token.sentence, text: text.slice(offset, end))
            found.append(ResolvedSpan(span: span, type: place.entityType, place: place))
        }
        return found
    }
}
