import Foundation

/// Turns tagged spans into typed entities: each LOC span becomes a COUNTRY, a CITY (with its
/// GeoNames record) or a LOCATION; PER and ORG spans the gazetteer knows as places are
/// rescued when the evidence is strong; demonyms and compass words are dropped.
///
/// Choosing among places of one name uses population and the document's context (countries
/// named in it, `Paris, Texas` qualifiers), never just the first match.
struct PlaceResolver: Sendable {
    let gazetteer: Gazetteer
    /// First three and four letters of every country and region name, for `isDemonym`.
    private let countryStems: Set<String>

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var stems: Set<String> = []
        for place in gazetteer.places where place.kind != .city {
            for name in [place.name] + gazetteer.aliasesOf(place) {
                let key = NameKey.lookup(name)
                stems.insert(String(key.prefix(3)))
                stems.insert(String(key.prefix(4)))
            }
        }
        countryStems = stems
    }

    /// Words after a place name that make it a region rather than the city of that name
    /// (`the Donetsk regional administration`, `the Oleksiyivka neighborhood`).
    static let regionWords: Set<String> = [
        "region", "regional", "oblast", "province", "provincial", "district", "neighborhood", "neighbourhood",
        "county", "governorate", "prefecture", "area", "suburb", "valley", "peninsula",
    ]
    /// Buildings named for the institution they house (guidelines: metonymy exception) → ORG.
    static let institutionBuildings: Set<String> = [
        "kremlin", "white house", "pentagon", "downing street", "elysee", "elysee palace", "quai d orsay",
        "zhongnanhai", "bankova", "blue house", "capitol", "capitol hill", "vatican", "number 10",
    ]
    /// Compass words and blocs that are not places (`the West`).
    static let blocWords: Set<String> = ["west", "east", "north", "south", "western", "eastern", "the west", "global south"]
    /// Prepositions that announce a place (`in Kharkiv`, `near Kyiv`).
    static let placePrepositions: Set<String> = ["in", "near", "from", "to", "outside", "around", "into", "across", "toward", "towards"]

    func resolve(_ spans: [CandidateSpan], tokens: [Token]) -> [ResolvedSpan] {
        let context = PlaceContext(spans: spans, gazetteer: gazetteer)
        let locationKeys = Set(spans.filter { $0.label == .location }.map { NameKey.lookup($0.text) })
        let personWords = Set(spans.filter { $0.label == .person && $0.tokenRange.count > 1 }
            .flatMap { $0.tokenRange.map { NameKey.lookup(tokens[$0].text) } })
        return spans.enumerated().compactMap { position, span in
            switch span.label {
            case .misc:
                return nil
            case .location:
                return resolveLocation(span, at: position, in: spans, tokens: tokens, context: context)
            case .person, .org:
                let evidence = locationKeys.contains(NameKey.lookup(span.text)) || followsPlacePreposition(span, tokens: tokens)
                if span.label == .person && personWords.contains(NameKey.lookup(span.text)) { return ResolvedSpan(span: span, type: .person) }
                let team = span.label == .org && TeamContext.isTeam(span.tokenRange, tokens: tokens)
                if let place = rescue(span, evidence: evidence, team: team, context: context) {
                    return ResolvedSpan(span: span, type: place.entityType, place: place)
                }
                return ResolvedSpan(span: span, type: span.label == .person ? .person : .org)
            }
        }
    }

    private func resolveLocation(_ span: CandidateSpan, at position: Int, in spans: [CandidateSpan],
                                 tokens: [Token], context: PlaceContext) -> ResolvedSpan? {
        let key = NameKey.lookup(span.text)
        if Self.institutionBuildings.contains(key) || key.hasSuffix(" palace") {
            return ResolvedSpan(span: span, type: .org)
        }
        if Self.blocWords.contains(key) { return nil }
        let next = span.tokenRange.upperBound < tokens.count ? tokens[span.tokenRange.upperBound].text.lowercased() : ""
        let matches = gazetteer.matches(span.text)
        if Self.regionWords.contains(next) && !matches.contains(where: { $0.place.kind == .country }) {
            return ResolvedSpan(span: span, type: .location)
        }
        if matches.isEmpty {
            // An acronym no gazetteer knows (`CNA`) names an organisation far more often than a place.
            if AcronymRule.acronym(span.text) != nil { return ResolvedSpan(span: span, type: .org) }
            return isDemonym(span.text) ? nil : ResolvedSpan(span: span, type: .location)
        }
        let qualifier = self.qualifier(after: span, in: spans, position: position, tokens: tokens)
        let place = choose(matches, sentence: span.sentence, context: context, qualifier: qualifier, nextWord: next)
        return ResolvedSpan(span: span, type: place.entityType, place: place)
    }

    /// The best of `matches`: a country first; else the city with the best population and
    /// context score, unless a region of that name fits better.
    func choose(_ matches: [Gazetteer.Match], sentence: Int, context: PlaceContext,
                qualifier: GazetteerPlace?, nextWord: String) -> GazetteerPlace {
        if nextWord != "state", let country = matches.first(where: { $0.place.kind == .country && $0.isMainName })
            ?? matches.first(where: { $0.place.kind == .country }) {
            return country.place
        }
        var cities = matches.filter { $0.place.kind == .city }
        if let qualifier, let code = qualifier.countryCode {
            let qualified = cities.filter {
                $0.place.countryCode == code && (qualifier.kind != .region || qualifier.admin1 == nil || $0.place.admin1 == qualifier.admin1)
            }
            if !qualified.isEmpty { cities = qualified }
        }
        let regions = matches.filter { $0.place.kind == .region }
        let best = cities.max { score($0, sentence: sentence, context: context) < score($1, sentence: sentence, context: context)
            || (score($0, sentence: sentence, context: context) == score($1, sentence: sentence, context: context)
                && ($0.place.geonameID ?? 0) > ($1.place.geonameID ?? 0)) }
        if let region = regions.first(where: \.isMainName) ?? regions.first {
            // A large city beats a state or region of its name (`New York`, `Washington`), as
            // the most populous match does in the guidelines; `X state` is the state.
            let strongCity = best.map { $0.place.population >= 100_000 && ($0.isMainName || $0.place.population >= 1_000_000) } ?? false
            if !strongCity || nextWord == "state" { return region.place }
        }
        return (best ?? regions.first ?? matches[0]).place
    }

    private func score(_ match: Gazetteer.Match, sentence: Int, context: PlaceContext) -> Double {
        log10(Double(match.place.population) + 10) + (match.isMainName ? 0.5 : 0) + context.bonus(for: match.place, sentence: sentence)
    }

    /// The place named right after `span` and a comma (`Paris, Texas`; `Kharkiv, Ukraine`).
    private func qualifier(after span: CandidateSpan, in spans: [CandidateSpan], position: Int, tokens: [Token]) -> GazetteerPlace? {
        let comma = span.tokenRange.upperBound
        guard comma < tokens.count, tokens[comma].text == ",", position + 1 < spans.count,
              spans[position + 1].tokenRange.lowerBound == comma + 1 else { return nil }
        return gazetteer.matches(spans[position + 1].text).map(\.place).first { $0.kind == .country || $0.detail == "state" }
    }

    private func followsPlacePreposition(_ span: CandidateSpan, tokens: [Token]) -> Bool {
        let before = span.tokenRange.lowerBound - 1
        return before >= 0 && Self.placePrepositions.contains(tokens[before].text)
    }

    /// A known place tagged PER or ORG: countries (from ORG, or with evidence) and cities of at
    /// least 100,000 people with evidence, or 1,000,000 from ORG (`Moscow said`); never a city
    /// for an organisation that reads as a sports team (`team`, `TeamContext`).
    private func rescue(_ span: CandidateSpan, evidence: Bool, team: Bool, context: PlaceContext) -> GazetteerPlace? {
        let matches = gazetteer.matches(span.text).filter { $0.isMainName || $0.place.kind == .country }
        guard let first = matches.first, first.place.name.first?.isUppercase ?? false else { return nil }
        if let country = matches.first(where: { $0.place.kind == .country }) {
            return span.label == .org || evidence ? country.place : nil
        }
        // Regions, seas and continents by their main name (`Crimea`, `Sea of Azov` tagged ORG).
        if let region = matches.first(where: { $0.place.kind == .region && $0.isMainName && $0.place.detail != "state" }) {
            return span.label == .org || evidence ? region.place : nil
        }
        if team { return nil }
        let cities = matches.filter { $0.place.kind == .city && $0.place.population >= 100_000 }
        guard let best = cities.max(by: { score($0, sentence: span.sentence, context: context) < score($1, sentence: span.sentence, context: context) })
        else { return nil }
        if evidence || (span.label == .org && span.tokenRange.count == 1 && best.place.population >= 1_000_000) { return best.place }
        return nil
    }

    /// A people or adjective word (`Russian`, `Ukrainians`, `Belarusian`) rather than a place:
    /// not in the gazetteer, and its stem begins like a country's name.
    func isDemonym(_ word: String) -> Bool {
        let key = NameKey.lookup(word)
        guard !key.contains(" "), key.count >= 5 else { return false }
        let endings = ["ians", "ian", "ans", "an", "ese", "ish", "is", "i", "ic", "ch"]
        guard let ending = endings.first(where: { key.hasSuffix($0) }) else { return false }
        let stem = String(key.dropLast(ending.count).prefix(4))
        return stem.count >= 3 && countryStems.contains(stem)
    }
}
