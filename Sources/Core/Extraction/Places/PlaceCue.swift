/// What the words around a place name say about its kind: `the state of Georgia`,
/// `Ontario province`, `Laurel County`, `the city of Quebec`, `the Donetsk region`.
struct PlaceCue: Sendable, Equatable {
    /// A first-level division is meant (`state`, `province`, `oblast` after; `state of` before).
    var wantsDivision = false
    /// A county or district is meant (`County`, `Parish`, `district` after).
    var wantsCounty = false
    /// A town is meant (`city` after; `city of`, `town of` before).
    var wantsCity = false
    /// An area with no record of its own is meant (`neighborhood`, `valley`, `area` after).
    var wantsArea = false
    /// A quarter of a city is meant (`neighborhood`, `suburb` after): not the town of its name.
    var wantsQuarter = false

    /// The name qualifies the place before it (`Buffalo, New York`), or stands in a list of
    /// states or provinces (`Michigan, Oregon, New York`): a division, not a town.
    var qualifiesOrListsDivisions = false
    /// The name stands in a list of countries (`Armenia, Azerbaijan, Georgia`).
    var listsCountries = false
    /// The name is an item of a list of states or provinces (`Virginia, Washington, West
    /// Virginia and Wyoming`; `in Washington, Pennsylvania and California`): the countries of
    /// the divisions listed with it. A division of one of them after its comma is the next item,
    /// not a qualifier saying which Washington is meant.
    var divisionListCountries: Set<String> = []

    /// The cue says which place is meant, so the other mentions of the name in the story
    /// mean it too (`New York state` ... `in New York`; `Blakely, Georgia` ... `the Georgia plant`).
    var isDecisive: Bool { wantsDivision || wantsCounty || qualifiesOrListsDivisions || listsCountries }

    static let divisionWords: Set<String> = ["state", "province", "provincial", "region", "regional", "oblast", "governorate",
                                             "prefecture", "territory", "governor", "statewide"]
    static let countyWords: Set<String> = ["county", "parish", "district", "borough"]
    static let areaWords: Set<String> = ["area", "neighborhood", "neighbourhood", "suburb", "valley", "peninsula"]
    static let quarterWords: Set<String> = ["neighborhood", "neighbourhood", "suburb"]
    static let cityWords: Set<String> = ["city", "town", "village"]

    init(span: CandidateSpan, tokens: [Token]) {
        let after = span.tokenRange.upperBound
        let next = after < tokens.count && tokens[after].sentence == span.sentence ? tokens[after].text.lowercased() : ""
        let start = span.tokenRange.lowerBound
        let before = start >= 2 && tokens[start - 1].text == "of" ? tokens[start - 2].text.lowercased() : ""
        wantsDivision = Self.divisionWords.contains(next) || before == "state" || before == "province"
        wantsCounty = Self.countyWords.contains(next) || before == "county"
        wantsArea = Self.areaWords.contains(next)
        wantsQuarter = Self.quarterWords.contains(next)
        wantsCity = (next == "city" && !wantsDivision) || Self.cityWords.contains(before)
    }

    init() {}

    /// Reads the place names next to `spans[position]` (separated by one comma or `and`).
    mutating func readNeighbours(of position: Int, in spans: [CandidateSpan], tokens: [Token], gazetteer: Gazetteer) {
        let span = spans[position]
        func separated(_ left: CandidateSpan, _ right: CandidateSpan) -> Bool {
            let gap = left.tokenRange.upperBound
            return right.tokenRange.lowerBound == gap + 1 && left.sentence == right.sentence
                && (tokens[gap].text == "," || tokens[gap].text == "and" || tokens[gap].text == "or")
        }
        func divisionCountries(_ span: CandidateSpan) -> Set<String> {
            guard span.label == .location else { return [] }
            return Set(gazetteer.matches(span.text).filter { $0.isMainName && $0.place.featureClass == .admin1 }.compactMap(\.place.countryCode))
        }
        if position > 0, separated(spans[position - 1], span) {
            divisionListCountries = divisionCountries(spans[position - 1])
        }
        if divisionListCountries.isEmpty, position + 2 < spans.count, separated(span, spans[position + 1]),
           separated(spans[position + 1], spans[position + 2]) {
            divisionListCountries = divisionCountries(spans[position + 1]).intersection(divisionCountries(spans[position + 2]))
        }
        var neighbours: [CandidateSpan] = []
        if position > 0, spans[position - 1].label == .location, separated(spans[position - 1], span) {
            neighbours.append(spans[position - 1])
            let gap = span.tokenRange.lowerBound - 1
            if tokens[gap].text == ",", gazetteer.matches(spans[position - 1].text).contains(where: { $0.place.kind == .city }),
               !(position > 1 && separated(spans[position - 2], spans[position - 1])) {
                qualifiesOrListsDivisions = true
            }
        }
        if position + 1 < spans.count, spans[position + 1].label == .location, separated(span, spans[position + 1]) {
            neighbours.append(spans[position + 1])
        }
        for neighbour in neighbours {
            let matches = gazetteer.matches(neighbour.text).filter(\.isMainName)
            if matches.contains(where: { $0.place.kind == .country }) {
                listsCountries = true
            } else if matches.contains(where: { $0.place.featureClass == .admin1 }) {
                qualifiesOrListsDivisions = true
            }
        }
    }
}
