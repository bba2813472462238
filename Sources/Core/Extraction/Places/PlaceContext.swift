/// What a document already says about places, used to choose between places of one name:
/// countries named in the document and in each sentence, and countries of its unambiguous cities.
struct PlaceContext: Sendable {
    var documentCountries: Set<String> = []
    var sentenceCountries: [Int: Set<String>] = [:]
    var cityCountries: Set<String> = []

    /// Gathers context from spans whose names match the gazetteer (any label: `Ukraine`
    /// tagged ORG is still evidence that the document is about Ukraine).
    init(spans: [CandidateSpan], gazetteer: Gazetteer) {
        for span in spans where span.label != .person {
            let matches = gazetteer.matches(span.text)
            if let country = matches.first(where: { $0.place.kind == .country })?.place.countryCode {
                documentCountries.insert(country)
                sentenceCountries[span.sentence, default: []].insert(country)
            } else if span.label == .location {
                let cities = matches.filter { $0.place.kind == .city && $0.isMainName }
                if cities.count == 1, let country = cities[0].place.countryCode { cityCountries.insert(country) }
            }
        }
    }

    /// How well `place` fits the document: a bonus added to log10 of its population.
    func bonus(for place: GazetteerPlace, sentence: Int) -> Double {
        guard let country = place.countryCode else { return 0 }
        var bonus = 0.0
        if documentCountries.contains(country) { bonus += 1.5 }
        if sentenceCountries[sentence]?.contains(country) == true { bonus += 0.3 }
        if cityCountries.contains(country) { bonus += 0.7 }
        return bonus
    }
}
