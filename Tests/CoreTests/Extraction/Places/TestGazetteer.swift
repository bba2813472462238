import Core

/// A small gazetteer the tests write themselves (ids and figures as in GeoNames).
enum TestGazetteer {
    static let places: [(GazetteerPlace, [String])] = [
        (GazetteerPlace(kind: .country, geonameID: 3017382, name: "France", countryCode: "FR", population: 66_987_244), []),
        (GazetteerPlace(kind: .country, geonameID: 6252001, name: "United States", countryCode: "US", population: 327_167_434),
         ["US", "U.S.", "America"]),
        (GazetteerPlace(kind: .country, geonameID: 690791, name: "Ukraine", countryCode: "UA", population: 44_622_516), []),
        (GazetteerPlace(kind: .country, geonameID: 2017370, name: "Russia", countryCode: "RU", population: 144_478_050), []),
        (GazetteerPlace(kind: .city, geonameID: 2988507, name: "Paris", latitude: 48.85, longitude: 2.35, countryCode: "FR",
                        admin1: "11", population: 2_138_551), []),
        (GazetteerPlace(kind: .city, geonameID: 4717560, name: "Paris", latitude: 33.66, longitude: -95.56, countryCode: "US",
                        admin1: "TX", population: 24_171), []),
        (GazetteerPlace(kind: .city, geonameID: 4735966, name: "Springfield", latitude: 39.80, longitude: -89.64, countryCode: "US",
                        admin1: "IL", population: 116_250), []),
        (GazetteerPlace(kind: .city, geonameID: 9999001, name: "Springfield", latitude: 50.0, longitude: 30.0, countryCode: "UA",
                        admin1: "12", population: 90_000), []),
        (GazetteerPlace(kind: .city, geonameID: 703448, name: "Kyiv", latitude: 50.45, longitude: 30.52, countryCode: "UA",
                        admin1: "12", population: 2_952_301), ["Kiev"]),
        (GazetteerPlace(kind: .city, geonameID: 706483, name: "Kharkiv", latitude: 49.98, longitude: 36.25, countryCode: "UA",
                        admin1: "07", population: 1_421_125), ["Kharkov", "Khar’kov"]),
        (GazetteerPlace(kind: .city, geonameID: 709717, name: "Donetsk", latitude: 48.02, longitude: 37.80, countryCode: "UA",
                        admin1: "05", population: 929_063), []),
        (GazetteerPlace(kind: .city, geonameID: 524901, name: "Moscow", latitude: 55.75, longitude: 37.62, countryCode: "RU",
                        admin1: "48", population: 10_381_222), []),
        (GazetteerPlace(kind: .region, geonameID: 4736286, name: "Texas", countryCode: "US", admin1: "TX", detail: "state"), []),
        (GazetteerPlace(kind: .region, geonameID: nil, name: "Black Sea", detail: "sea"), []),
        (GazetteerPlace(kind: .city, geonameID: 5128581, name: "New York City", latitude: 40.71, longitude: -74.01, countryCode: "US",
                        admin1: "NY", population: 8_804_190), ["New York"]),
        (GazetteerPlace(kind: .region, geonameID: 5128638, name: "New York", countryCode: "US", admin1: "NY", detail: "state"), []),
    ]

    static let gazetteer = Gazetteer(places: places.map(\.0), aliases: places.map(\.1))

    static func extraction(_ labels: [String: SpanLabel]) -> DocumentExtraction {
        DocumentExtraction(tokenizer: StandInTokenizer(), tagger: StandInTagger(labels: labels), gazetteer: gazetteer)
    }
}
