import Foundation

/// What a document already says about places, read as a local reporter would before choosing
/// between places of one name: the countries it names (directly, through their states and
/// provinces, and through its unambiguous cities), the first-level divisions it names, and where
/// its unambiguous places lie.
///
/// Evidence is kept per name, so a name's own mentions never count as evidence for it
/// (`Georgia` alone does not make a story American or Georgian).
struct PlaceContext: Sendable {
    /// Country code → lookup keys of the names pointing at it.
    private(set) var countryEvidence: [String: Set<String>] = [:]
    /// Country code → lookup keys of the divisions and cities named in it (not the country itself).
    private(set) var localEvidence: [String: Set<String>] = [:]
    /// `CC.admin1` → lookup keys of the divisions named.
    private(set) var divisionEvidence: [String: Set<String>] = [:]
    private(set) var sentenceCountries: [Int: Set<String>] = [:]
    /// Points of places the document names unambiguously (a country's or division's own name,
    /// a city that is the only one of its name), with the key that named them.
    private(set) var anchors: [(key: String, place: GazetteerPlace)] = []

    /// Lookup key → every place with a point a LOCATION name of the document may mean (towns,
    /// counties and regions by their main name; at most `possibleLimit` of them), for
    /// `namesNear`: `Camborne` may be in England or New Zealand, but either way it lies near
    /// only one of the two `Cornwall`s.
    private(set) var possible: [String: [GazetteerPlace]] = [:]
    static let possibleLimit = 32

    /// Gathers context from spans whose names match the gazetteer (any label but PER:
    /// `Ukraine` tagged ORG is still evidence that the document is about Ukraine).
    init(spans: [CandidateSpan], gazetteer: Gazetteer) {
        var seen: Set<String> = []
        for span in spans where span.label != .person {
            let key = NameKey.lookup(span.text)
            let matches = gazetteer.matches(span.text)
            if let country = matches.first(where: { $0.place.kind == .country })?.place, let code = country.countryCode {
                sentenceCountries[span.sentence, default: []].insert(code)
                note(key, country: code)
                continue
            }
            guard span.label == .location, seen.insert(key).inserted else { continue }
            possible[key] = Array(matches.lazy.filter {
                $0.isMainName && $0.place.hasPoint && ($0.place.kind == .city || [.admin2, .region].contains($0.place.featureClass))
            }.prefix(Self.possibleLimit).map(\.place))
            // A region of one country by its own name (`England`, `Darfur`, `Java`) points at that
            // country, never at a small town of its name (England, Arkansas).
            if let region = matches.first(where: { $0.place.featureClass == .region && $0.isMainName && $0.place.countryCode != nil }),
               let code = region.place.countryCode {
                note(key, country: code)
                continue
            }
            let divisions = matches.filter { $0.place.featureClass == .admin1 && ($0.isMainName || span.text.contains(".")) }
            if divisions.count == 1, let code = divisions[0].place.countryCode {
                note(key, country: code)
                localEvidence[code, default: []].insert(key)
                if let admin1 = divisions[0].place.admin1, !admin1.isEmpty { divisionEvidence["\(code).\(admin1)", default: []].insert(key) }
                if divisions[0].place.hasPoint { anchors.append((key, divisions[0].place)) }
                continue
            }
            // A town that shares its name with a county or region elsewhere (`Suffolk`, Virginia
            // and the English county) says nothing certain about the story's country.
            let cities = matches.filter { $0.place.kind == .city && $0.isMainName }
            let areaElsewhere = matches.contains {
                $0.isMainName && [.admin2, .region].contains($0.place.featureClass) && $0.place.countryCode != cities.first?.place.countryCode
            }
            if cities.count == 1, !areaElsewhere, let code = cities[0].place.countryCode {
                note(key, country: code)
                localEvidence[code, default: []].insert(key)
                anchors.append((key, cities[0].place))
            }
        }
    }

    private mutating func note(_ key: String, country: String) {
        countryEvidence[country, default: []].insert(key)
    }

    /// How many other names in the document point at country `code`.
    func countryWeight(_ code: String, excluding key: String) -> Int {
        guard let keys = countryEvidence[code] else { return 0 }
        return keys.count - (keys.contains(key) ? 1 : 0)
    }

    /// How many other divisions and cities of country `code` the document names.
    func localWeight(_ code: String, excluding key: String) -> Int {
        guard let keys = localEvidence[code] else { return 0 }
        return keys.count - (keys.contains(key) ? 1 : 0)
    }

    /// True when the document names the first-level division `admin1` of `code` by another name.
    func namesDivision(_ code: String, _ admin1: String, excluding key: String) -> Bool {
        guard let keys = divisionEvidence["\(code).\(admin1)"] else { return false }
        return keys.count - (keys.contains(key) ? 1 : 0) > 0
    }

    /// True when another town the document names lies within `kilometres` of `place`.
    func hasNeighbour(of place: GazetteerPlace, within kilometres: Double, excluding key: String) -> Bool {
        anchors.contains { $0.key != key && $0.place.kind == .city && (Self.distance(place, $0.place).map { $0 <= kilometres } ?? false) }
    }

    /// How many other LOCATION names of the document may mean a place within `kilometres` of
    /// `place` (a town, county or region of that name lies there), whether or not they are
    /// ambiguous.
    func namesNear(_ place: GazetteerPlace, within kilometres: Double, excluding key: String) -> Int {
        possible.reduce(0) { count, entry in
            entry.key != key && entry.value.contains { Self.distance(place, $0).map { $0 <= kilometres } ?? false } ? count + 1 : count
        }
    }

    /// True when the document names a town in division `admin1` of `code`, other than `key`,
    /// farther than `kilometres` from `place` (`Buffalo` makes `New York` the state).
    func hasFarPlace(inDivision code: String, _ admin1: String, from place: GazetteerPlace, beyond kilometres: Double,
                     excluding key: String) -> Bool {
        anchors.contains { anchor in
            anchor.key != key && anchor.place.kind == .city && anchor.place.countryCode == code && anchor.place.admin1 == admin1
                && (Self.distance(place, anchor.place).map { $0 > kilometres } ?? false)
        }
    }

    /// Kilometres between two places, nil when either has no point.
    static func distance(_ a: GazetteerPlace, _ b: GazetteerPlace) -> Double? {
        guard let lat1 = a.latitude, let lon1 = a.longitude, let lat2 = b.latitude, let lon2 = b.longitude else { return nil }
        return kilometres(lat1, lon1, lat2, lon2)
    }

    /// Great-circle distance in kilometres (haversine, mean Earth radius).
    static func kilometres(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let radians = Double.pi / 180
        let dLat = (lat2 - lat1) * radians, dLon = (lon2 - lon1) * radians
        let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1 * radians) * cos(lat2 * radians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * 6371 * asin(min(1, sqrt(a)))
    }

    /// How well city `place` fits the document: a bonus added to log10 of its population.
    func bonus(for place: GazetteerPlace, key: String, sentence: Int) -> Double {
        guard let country = place.countryCode else { return 0 }
        var bonus = 0.0
        let weight = countryWeight(country, excluding: key)
        if weight > 0 { bonus += 1.5 + min(Double(weight - 1), 3) * 0.2 }
        if sentenceCountries[sentence]?.contains(country) == true { bonus += 0.3 }
        if let admin1 = place.admin1, !admin1.isEmpty, namesDivision(country, admin1, excluding: key) { bonus += 2.5 }
        if hasNeighbour(of: place, within: 150, excluding: key) { bonus += 1.0 }
        return bonus
    }
}
