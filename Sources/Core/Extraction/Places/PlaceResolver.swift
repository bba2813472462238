import Foundation

/// Turns tagged spans into typed entities: each LOC span becomes a COUNTRY, a CITY (with its
/// GeoNames record) or a LOCATION; PER and ORG spans the gazetteer knows as places are
/// rescued when the evidence is strong; demonyms and compass words are dropped.
///
/// Choosing among places of one name uses population and the document's context (countries
/// named in it, `Paris, Texas` qualifiers), never just the first match.
struct PlaceResolver: Sendable {
    let gazetteer: Gazetteer
    /// First three and four letters of every country name, for `isDemonym`. Countries only:
    /// with thousands of divisions, almost any unknown name would start like one.
    private let countryStems: Set<String>

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        var stems: Set<String> = []
        for place in gazetteer.places where place.kind == .country {
            for name in [place.name] + gazetteer.aliasesOf(place) {
                let key = NameKey.lookup(name)
                stems.insert(String(key.prefix(3)))
                stems.insert(String(key.prefix(4)))
            }
        }
        countryStems = stems
    }

    /// Buildings named for the institution they house (guidelines: metonymy exception) → ORG.
    static let institutionBuildings: Set<String> = [
        "kremlin", "white house", "pentagon", "downing street", "elysee", "elysee palace", "quai d orsay",
        "zhongnanhai", "bankova", "blue house", "capitol", "capitol hill", "vatican", "number 10",
    ]
    /// Compass words and blocs that are not places (`the West`).
    static let blocWords: Set<String> = ["west", "east", "north", "south", "western", "eastern", "the west", "global south"]
    /// Prepositions that announce a place (`in Kharkiv`, `near Kyiv`).
    static let placePrepositions: Set<String> = ["in", "near", "from", "to", "outside", "around", "into", "across", "toward", "towards"]

    func resolve(_ taggedSpans: [CandidateSpan], tokens: [Token]) -> [ResolvedSpan] {
        let spans = PlaceSpanRepair.apply(taggedSpans, tokens: tokens, gazetteer: gazetteer)
        let context = PlaceContext(spans: spans, gazetteer: gazetteer)
        let locationKeys = Set(spans.filter { $0.label == .location }.map { NameKey.lookup($0.text) })
        let personWords = Set(spans.filter { $0.label == .person && $0.tokenRange.count > 1 }
            .flatMap { $0.tokenRange.map { NameKey.lookup(tokens[$0].text) } })
        var decided: [String: GazetteerPlace] = [:]
        var undecided: Set<Int> = []
        var resolved: [ResolvedSpan?] = spans.enumerated().map { position, span in
            switch span.label {
            case .misc:
                return nil
            case .location:
                let (result, decisive) = resolveLocation(span, at: position, in: spans, tokens: tokens, context: context)
                if let place = result?.place, place.hasPoint {
                    let key = NameKey.lookup(span.text)
                    if decisive {
                        if decided[key] == nil { decided[key] = place }
                    } else {
                        undecided.insert(position)
                    }
                }
                return result
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
        // One sense per story: a mention the words around it decide (`New York state`, `Blakely,
        // Georgia`) fixes the other mentions of that name that nothing decides.
        for position in undecided.sorted() {
            if let place = decided[NameKey.lookup(spans[position].text)] {
                resolved[position] = ResolvedSpan(span: spans[position], type: place.entityType, place: place)
            }
        }
        return resolved.compactMap { $0 }
    }

    private func resolveLocation(_ span: CandidateSpan, at position: Int, in spans: [CandidateSpan],
                                 tokens: [Token], context: PlaceContext) -> (ResolvedSpan?, decisive: Bool) {
        let key = NameKey.lookup(span.text)
        if Self.institutionBuildings.contains(key) || key.hasSuffix(" palace") {
            return (ResolvedSpan(span: span, type: .org), false)
        }
        if Self.blocWords.contains(key) { return (nil, false) }
        var cue = PlaceCue(span: span, tokens: tokens)
        cue.readNeighbours(of: position, in: spans, tokens: tokens, gazetteer: gazetteer)
        let matches = gazetteer.matches(span.text).filter { Self.surfaceFits($0, span.text) }
        let hasCountry = matches.contains { $0.place.kind == .country }
        if !hasCountry && (cue.wantsArea || (cue.wantsDivision && !matches.contains { $0.place.featureClass == .admin1 })
            || (cue.wantsCounty && !matches.contains { $0.place.featureClass == .admin2 })) {
            if let place = placeBehindKindWord(matches, key: key, sentence: span.sentence, context: context, cue: cue) {
                return (ResolvedSpan(span: span, type: place.entityType, place: place), false)
            }
            return (ResolvedSpan(span: span, type: .location), false)
        }
        if matches.isEmpty, let division = divisionNamedWithItsKind(span.text, context: context, key: key) {
            return (ResolvedSpan(span: span, type: division.entityType, place: division), false)
        }
        if matches.isEmpty, let part = partOfNamedPlace(span.text, sentence: span.sentence, context: context, key: key) {
            return (ResolvedSpan(span: span, type: .location, place: part), false)
        }
        if matches.isEmpty {
            // An acronym no gazetteer knows (`CNA`) names an organisation far more often than a place.
            if AcronymRule.acronym(span.text) != nil { return (ResolvedSpan(span: span, type: .org), false) }
            return (isDemonym(span.text) ? nil : ResolvedSpan(span: span, type: .location), false)
        }
        // In a list of states, the state after the comma is the next item, not a qualifier.
        let listed = matches.contains {
            $0.isMainName && $0.place.featureClass == .admin1 && cue.divisionListCountries.contains($0.place.countryCode ?? "")
        }
        let qualifier = listed ? nil : PlaceQualifier.after(span, in: spans, position: position, tokens: tokens, gazetteer: gazetteer)
        let place = choose(matches, key: key, sentence: span.sentence, context: context, qualifier: qualifier, cue: cue)
        return (ResolvedSpan(span: span, type: place.entityType, place: place), qualifier != nil || cue.isDecisive)
    }

    /// `Nyanza Province`, `Akita Prefecture`, `Scott County` when the gazetteer has the division
    /// only by its bare name: the division of that name and of the kind the last word says.
    private func divisionNamedWithItsKind(_ text: String, context: PlaceContext, key: String) -> GazetteerPlace? {
        guard let space = text.lastIndex(of: " ") else { return nil }
        let kindWord = text[text.index(after: space)...].lowercased()
        let wanted: FeatureClass
        if PlaceCue.divisionWords.contains(kindWord) {
            wanted = .admin1
        } else if PlaceCue.countyWords.contains(kindWord) {
            wanted = .admin2
        } else {
            return nil
        }
        let matches = gazetteer.matches(String(text[..<space])).filter { $0.place.featureClass == wanted && $0.isMainName }
        return bestArea(matches, key: key, context: context)?.place
    }

    /// `the Houston region`, `Kabanjahe district`, `the Glasgow area`, `Ituri district`, `the
    /// county of Brăila` when the gazetteer has no record of the kind the word names: the area is
    /// the one around the place of that name, so it takes that place's point. A division of the
    /// other level comes first (for `district`, `county`, `region`, `province`), then a town
    /// (first for `area`), each only when the story names its country or, for a town, it has
    /// 100,000 people or more: `Nyanza province` in a story about Kenya is not the Rwandan town
    /// of Nyanza, and stays a place without a point. The area around a town stays a LOCATION
    /// (feature class `region`) with the town's point; a quarter (`neighborhood`, `suburb`) is
    /// inside another town, so it never takes the point of a town of its name.
    private func placeBehindKindWord(_ matches: [Gazetteer.Match], key: String, sentence: Int, context: PlaceContext,
                                     cue: PlaceCue) -> GazetteerPlace? {
        guard !cue.wantsQuarter else { return nil }
        func named(_ place: GazetteerPlace) -> Bool {
            place.countryCode.map { context.countryWeight($0, excluding: key) > 0 } ?? false
        }
        let main = matches.filter(\.isMainName)
        let divisions = main.filter { [.admin1, .admin2].contains($0.place.featureClass) && $0.place.hasPoint && named($0.place) }
        let towns = main.filter { $0.place.kind == .city && (named($0.place) || $0.place.population >= 100_000) }
        let division = bestArea(divisions, key: key, context: context)?.place
        let area = best(towns, key: key, sentence: sentence, context: context).map { town in
            GazetteerPlace(kind: .region, geonameID: nil, name: town.place.name, latitude: town.place.latitude,
                           longitude: town.place.longitude, countryCode: town.place.countryCode, admin1: town.place.admin1,
                           detail: "region")
        }
        return cue.wantsArea ? area ?? division : division ?? area
    }

    static let compassWords: Set<String> = ["north", "south", "east", "west", "central", "northern", "southern", "eastern",
                                            "western", "upper", "lower"]

    /// `Central Java`, `North Dallas`, `Salinas Valley`: a part or surroundings the gazetteer
    /// does not know of a place it knows, taken at the point of the whole when the story names
    /// that place's country (`West Midlands` in an English story is not Zimbabwe's Midlands).
    /// It stays a LOCATION of its own name, with feature class `region`.
    private func partOfNamedPlace(_ text: String, sentence: Int, context: PlaceContext, key: String) -> GazetteerPlace? {
        let rest: String
        if let space = text.firstIndex(of: " "), Self.compassWords.contains(text[..<space].lowercased()) {
            rest = String(text[text.index(after: space)...])
        } else if let space = text.lastIndex(of: " "), ["valley", "area"].contains(text[text.index(after: space)...].lowercased()) {
            rest = String(text[..<space])
        } else {
            return nil
        }
        let whole = gazetteer.matches(rest).filter {
            $0.isMainName && $0.place.kind != .country && $0.place.hasPoint
                && ($0.place.countryCode.map { context.countryWeight($0, excluding: key) > 0 } ?? false)
        }
        let area = bestArea(whole.filter { $0.place.kind == .region }, key: key, context: context)
        guard let best = area ?? self.best(whole.filter { $0.place.kind == .city }, key: key, sentence: sentence, context: context) else {
            return nil
        }
        return GazetteerPlace(kind: .region, geonameID: nil, name: text, latitude: best.place.latitude, longitude: best.place.longitude,
                              countryCode: best.place.countryCode, admin1: best.place.admin1, detail: "region")
    }

    /// A short alternate name (`NSW`, `Ky.`, `Qld`) counts only as written with its dot or in
    /// capitals of three letters or more: `LA`, `Pa`, `Ill` are other words.
    static func surfaceFits(_ match: Gazetteer.Match, _ text: String) -> Bool {
        guard !match.isMainName, match.place.kind == .region, text.count <= 5 else { return true }
        return text.contains(".") || (text.count >= 3 && text.uppercased() == text)
    }

    /// The best of `matches`, by the rules in docs/gazetteer.md ("Resolution"): the words around
    /// the name, a qualifier after a comma, then the kinds in turn (country, division or area,
    /// city), each weighed against the places the rest of the story names.
    func choose(_ matches: [Gazetteer.Match], key: String, sentence: Int, context: PlaceContext,
                qualifier: GazetteerPlace?, cue: PlaceCue) -> GazetteerPlace {
        // `Mexico, China, Japan` is a list of countries: a country is not qualified into a town of
        // its name in the next country (there is a China in Japan), only into a division of it.
        let listed = qualifier?.kind == .country && matches.contains { $0.place.kind == .country && $0.isMainName }
            && !Self.inside(qualifier, matches).contains { $0.place.featureClass == .admin1 }
        let candidates = listed ? matches : Self.inside(qualifier, matches)
        let divisions = candidates.filter { $0.place.featureClass == .admin1 }
        let counties = candidates.filter { $0.place.featureClass == .admin2 }
        if cue.wantsDivision, let division = bestArea(divisions, key: key, context: context) { return division.place }
        if cue.wantsCounty, let county = bestArea(counties, key: key, context: context) { return county.place }
        if cue.qualifiesOrListsDivisions && !cue.listsCountries, let division = bestArea(divisions.filter(\.isMainName), key: key, context: context) {
            return division.place
        }
        let city = best(candidates.filter { $0.place.kind == .city }, key: key, sentence: sentence, context: context)
        if !cue.wantsCity, let country = candidates.first(where: { $0.place.kind == .country && $0.isMainName })
            ?? candidates.first(where: { $0.place.kind == .country }) {
            return countryOrDivision(country.place, divisions, key: key, context: context)
        }
        if cue.wantsCity, let city { return city.place }
        let regions = candidates.filter { [.region, .continent, .sea, .other].contains($0.place.featureClass) }
        let areas = divisions + regions + counties.filter(\.isMainName)
        guard let area = bestArea(areas, key: key, context: context) else {
            return (city ?? bestArea(counties, key: key, context: context) ?? matches[0]).place
        }
        guard let city else { return area.place }
        return areaBeatsCity(area, city, key: key, context: context) ? area.place : city.place
    }

    /// The matches inside the country or division named after a comma (all when none is).
    private static func inside(_ qualifier: GazetteerPlace?, _ matches: [Gazetteer.Match]) -> [Gazetteer.Match] {
        guard let qualifier, let code = qualifier.countryCode else { return matches }
        let inside = matches.filter {
            $0.place.kind != .country && $0.place.countryCode == code
                && (qualifier.kind == .country || qualifier.admin1 == nil || $0.place.admin1 == qualifier.admin1)
        }
        return inside.isEmpty ? matches : inside
    }

    /// `Georgia` is the state when the story names other places of the United States (two or
    /// more towns or states) and nothing else of the country Georgia; otherwise the country.
    private func countryOrDivision(_ country: GazetteerPlace, _ divisions: [Gazetteer.Match], key: String,
                                   context: PlaceContext) -> GazetteerPlace {
        if let division = divisions.first(where: \.isMainName)?.place, let code = division.countryCode, let own = country.countryCode,
           context.localWeight(code, excluding: key) >= 2, context.countryWeight(own, excluding: key) == 0 {
            return division
        }
        return country
    }

    /// Between an area and a city of one name: the one whose country the story names, then by
    /// kind (a state or province over a town unless `cityOutranks`; a county only with support;
    /// a region or sea over a town of fewer than 100,000).
    private func areaBeatsCity(_ area: Gazetteer.Match, _ city: Gazetteer.Match, key: String, context: PlaceContext) -> Bool {
        let areaSupport = area.place.countryCode.map { context.countryWeight($0, excluding: key) } ?? 0
        let citySupport = city.place.countryCode.map { context.countryWeight($0, excluding: key) } ?? 0
        if area.place.countryCode != nil && area.place.countryCode != city.place.countryCode {
            if areaSupport > 0 && citySupport == 0 { return true }
            if citySupport > 0 && areaSupport == 0 { return false }
        }
        // A county or region that other places of the story lie next to, against a town that
        // none lies next to: `Cornwall` among Camborne and Truro is the English county.
        if [.admin2, .region].contains(area.place.featureClass), citySupport == 0,
           context.namesNear(area.place, within: 150, excluding: key) > 0, context.namesNear(city.place, within: 150, excluding: key) == 0 {
            return true
        }
        switch area.place.featureClass {
        case .admin1: return !cityOutranks(area.place, city.place, key: key, context: context)
        case .admin2: return areaSupport > 0 && citySupport == 0
        default: return !(city.place.population >= 100_000 && (city.isMainName || city.place.population >= 1_000_000))
        }
    }

    /// A city keeps the name of its state or province only when it is a capital or a city of a
    /// million, and the story names no place of that state or province far from it
    /// (`New York` with Buffalo is the state; `Quebec` alone is the province).
    private func cityOutranks(_ division: GazetteerPlace, _ city: GazetteerPlace, key: String, context: PlaceContext) -> Bool {
        guard gazetteer.isCapital(city) || city.population >= 1_000_000 else { return false }
        guard let code = division.countryCode, let admin1 = division.admin1, !admin1.isEmpty else { return true }
        return !context.hasFarPlace(inDivision: code, admin1, from: city, beyond: 100, excluding: key)
    }

    /// The area of `matches` the story points at: its country named elsewhere, then inside a
    /// state or province the story names (`Fulton County` in a story naming Illinois), then named
    /// by its main name, then a state or province before a region before a county, then with a point.
    private func bestArea(_ matches: [Gazetteer.Match], key: String, context: PlaceContext) -> Gazetteer.Match? {
        func rank(_ match: Gazetteer.Match) -> (Int, Int, Int, Int, Int) {
            let support = match.place.countryCode.map { context.countryWeight($0, excluding: key) } ?? 0
            let inNamedDivision = match.place.featureClass != .admin1 && match.place.countryCode.map { code in
                match.place.admin1.map { !$0.isEmpty && context.namesDivision(code, $0, excluding: key) } ?? false
            } ?? false
            let kind = match.place.featureClass == .admin1 ? 2 : match.place.featureClass == .admin2 ? 0 : 1
            return (support > 0 ? 1 : 0, inNamedDivision ? 1 : 0, match.isMainName ? 1 : 0, kind, match.place.hasPoint ? 1 : 0)
        }
        guard matches.count > 1 else { return matches.first }
        var best = matches[0]
        for match in matches.dropFirst() where rank(match) > rank(best) { best = match }
        return best
    }

    private func best(_ cities: [Gazetteer.Match], key: String, sentence: Int, context: PlaceContext) -> Gazetteer.Match? {
        let scored = cities.map { ($0, score($0, key: key, sentence: sentence, context: context)) }
        return scored.max { $0.1 < $1.1 || ($0.1 == $1.1 && ($0.0.place.geonameID ?? 0) > ($1.0.place.geonameID ?? 0)) }?.0
    }

    private func score(_ match: Gazetteer.Match, key: String, sentence: Int, context: PlaceContext) -> Double {
        log10(Double(match.place.population) + 10) + (match.isMainName ? 0.5 : 0)
            + context.bonus(for: match.place, key: key, sentence: sentence)
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
        if let region = matches.first(where: { [.region, .continent, .sea].contains($0.place.featureClass) && $0.isMainName }) {
            return span.label == .org || evidence ? region.place : nil
        }
        if team { return nil }
        let cities = matches.filter { $0.place.kind == .city && $0.place.population >= 100_000 }
        guard let best = best(cities, key: NameKey.lookup(span.text), sentence: span.sentence, context: context) else { return nil }
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
