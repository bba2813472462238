import Core

/// A gazetteer the tests write themselves for local-news resolution: namesakes of towns, states
/// named like countries and towns, a county (ids and figures as in GeoNames, rounded).
enum LocalNewsGazetteer {
    static let places: [(GazetteerPlace, [String])] = [
        (GazetteerPlace(kind: .country, geonameID: 6252001, name: "United States", latitude: 39.5, longitude: -99.1,
                        countryCode: "US", population: 327_167_434), ["U.S.", "US"]),
        (GazetteerPlace(kind: .country, geonameID: 3017382, name: "France", latitude: 46.6, longitude: 2.3,
                        countryCode: "FR", population: 66_987_244), []),
        (GazetteerPlace(kind: .country, geonameID: 614540, name: "Georgia", latitude: 42.2, longitude: 43.5,
                        countryCode: "GE", population: 3_731_000), []),
        (GazetteerPlace(kind: .country, geonameID: 174982, name: "Armenia", latitude: 40.3, longitude: 45.0,
                        countryCode: "AM", population: 2_951_776), []),
        (GazetteerPlace(kind: .country, geonameID: 587116, name: "Azerbaijan", latitude: 40.3, longitude: 47.7,
                        countryCode: "AZ", population: 9_942_334), []),
        (GazetteerPlace(kind: .country, geonameID: 953987, name: "South Africa", latitude: -29.0, longitude: 25.0,
                        countryCode: "ZA", population: 57_779_622), []),
        (GazetteerPlace(kind: .city, geonameID: 2988507, name: "Paris", latitude: 48.85, longitude: 2.35, countryCode: "FR",
                        admin1: "11", population: 2_138_551), []),
        (GazetteerPlace(kind: .city, geonameID: 4647963, name: "Paris", latitude: 36.30, longitude: -88.33, countryCode: "US",
                        admin1: "TN", population: 10_156), []),
        (GazetteerPlace(kind: .city, geonameID: 4644585, name: "Nashville", latitude: 36.17, longitude: -86.78, countryCode: "US",
                        admin1: "TN", population: 530_852), []),
        (GazetteerPlace(kind: .city, geonameID: 4180439, name: "Atlanta", latitude: 33.75, longitude: -84.39, countryCode: "US",
                        admin1: "GA", population: 463_878), []),
        (GazetteerPlace(kind: .city, geonameID: 4221552, name: "Savannah", latitude: 32.08, longitude: -81.10, countryCode: "US",
                        admin1: "GA", population: 145_674), []),
        (GazetteerPlace(kind: .city, geonameID: 4752186, name: "Richmond", latitude: 37.55, longitude: -77.46, countryCode: "US",
                        admin1: "VA", population: 226_610), []),
        (GazetteerPlace(kind: .city, geonameID: 946877, name: "Virginia", latitude: -28.10, longitude: 26.87, countryCode: "ZA",
                        admin1: "03", population: 66_208), []),
        (GazetteerPlace(kind: .city, geonameID: 5128581, name: "New York City", latitude: 40.71, longitude: -74.01,
                        countryCode: "US", admin1: "NY", population: 8_804_190), ["New York"]),
        (GazetteerPlace(kind: .city, geonameID: 5110629, name: "Buffalo", latitude: 42.89, longitude: -78.88, countryCode: "US",
                        admin1: "NY", population: 278_349), []),
        (GazetteerPlace(kind: .city, geonameID: 6077243, name: "Montreal", latitude: 45.51, longitude: -73.59, countryCode: "CA",
                        admin1: "10", population: 1_600_000), []),
        (GazetteerPlace(kind: .city, geonameID: 6325494, name: "Québec", latitude: 46.81, longitude: -71.21, countryCode: "CA",
                        admin1: "10", population: 528_595), ["Quebec"]),
        (GazetteerPlace(kind: .city, geonameID: 2643743, name: "London", latitude: 51.51, longitude: -0.13, countryCode: "GB",
                        admin1: "ENG", population: 8_961_989), []),
        (GazetteerPlace(kind: .city, geonameID: 4298960, name: "London", latitude: 37.13, longitude: -84.08, countryCode: "US",
                        admin1: "KY", population: 8_126), []),
        (GazetteerPlace(kind: .region, geonameID: 4662168, name: "Tennessee", latitude: 35.75, longitude: -86.25,
                        countryCode: "US", admin1: "TN", detail: "admin1"), ["Tenn."]),
        (GazetteerPlace(kind: .region, geonameID: 4197000, name: "Georgia", latitude: 32.75, longitude: -83.50,
                        countryCode: "US", admin1: "GA", detail: "admin1"), ["Ga."]),
        (GazetteerPlace(kind: .region, geonameID: 6254928, name: "Virginia", latitude: 37.5, longitude: -78.5,
                        countryCode: "US", admin1: "VA", detail: "admin1"), ["Va."]),
        (GazetteerPlace(kind: .region, geonameID: 5128638, name: "New York", latitude: 43.0, longitude: -75.5,
                        countryCode: "US", admin1: "NY", detail: "admin1"), ["N.Y."]),
        (GazetteerPlace(kind: .region, geonameID: 6115047, name: "Quebec", latitude: 52.0, longitude: -72.0,
                        countryCode: "CA", admin1: "10", detail: "admin1"), ["Que."]),
        (GazetteerPlace(kind: .region, geonameID: 6254925, name: "Kentucky", latitude: 37.5, longitude: -85.0,
                        countryCode: "US", admin1: "KY", detail: "admin1"), ["Ky."]),
        (GazetteerPlace(kind: .region, geonameID: nil, name: "Laurel County", latitude: 37.11, longitude: -84.12,
                        countryCode: "US", admin1: "KY", detail: "admin2"), []),
    ]

    static let gazetteer = Gazetteer(places: places.map(\.0), aliases: places.map(\.1),
                                     capitals: ["US": "Washington", "FR": "Paris", "GB": "London"])

    static func extraction(_ labels: [String: SpanLabel]) -> DocumentExtraction {
        DocumentExtraction(tokenizer: StandInTokenizer(), tagger: StandInTagger(labels: labels), gazetteer: gazetteer)
    }
}
