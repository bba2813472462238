import Core
import Foundation

/// Corpora with hand-written entities and mentions, for exporters that need them before
/// extraction exists (and independently of it). Real GeoNames ids and coordinates; text written
/// here, not taken from any corpus.
extension Fixtures {
    /// Three short wire stories about Kharkiv, Kyiv and Moscow, with people, an organisation,
    /// a city without coordinates ("Springfield") and awkward names: quotes, commas, a newline,
    /// right-to-left text and an emoji, and a name that a spreadsheet would run as a formula.
    public static func placesCorpus() -> Corpus {
        let documents = [
            Document(
                id: "wire-001", title: "Shelling hits Kharkiv, \"mayor\" says", date: "2022-02-28", source: "Test Wire",
                url: "https://example.org/news?id=1,2", text: """
                    Russian forces shelled Kharkiv on Monday, mayor Ihor Terekhov said.

                    In Moscow, the Kremlin said talks would go on. Kharkiv stayed calm at night.
                    """, origin: Origin(path: "wire.jsonl", line: 1, sha256: String(repeating: "a", count: 64))),
            Document(
                id: "wire-002", title: "Kyiv 🚀 update", date: "2022-03-01", source: "Test Wire",
                text: """
                    Volodymyr Zelensky spoke in Kyiv. Zelensky thanked "Smith, Jones & Co".

                    Reporters from القدس and from Springfield were there; Kharkiv was quiet.
                    """),
            Document(
                id: "wire-003", title: nil, date: "2022-03-02", source: nil,
                text: "Moscow and Kyiv traded claims.\n\nThe =SUM(A1) group posted again."),
        ]
        let entities = [
            Entity(id: "geonames:281184", type: .city, name: "القدس", aliases: ["Jerusalem"], geonameID: 281184,
                   latitude: 31.76904, longitude: 35.21633, countryCode: "IL", admin1: "06", population: 801_000),
            Entity(id: "geonames:524901", type: .city, name: "Moscow", aliases: ["Moskva"], geonameID: 524901,
                   latitude: 55.75222, longitude: 37.61556, countryCode: "RU", admin1: "48", population: 10_381_222),
            Entity(id: "geonames:703448", type: .city, name: "Kyiv", aliases: ["Kiev"], geonameID: 703448,
                   latitude: 50.45466, longitude: 30.5238, countryCode: "UA", admin1: "12", population: 2_797_553),
            Entity(id: "geonames:706483", type: .city, name: "Kharkiv", aliases: ["Kharkov", "Харків"], geonameID: 706483,
                   latitude: 49.98081, longitude: 36.25272, countryCode: "UA", admin1: "07", population: 1_430_885,
                   featureClass: .city),
            Entity(id: "city:springfield", type: .city, name: "Springfield"),
            Entity(id: "org:kremlin", type: .org, name: "Kremlin"),
            Entity(id: "org:smith-jones", type: .org, name: "Smith, Jones & Co", aliases: ["\"Smith\"\nJones"]),
            Entity(id: "org:sum", type: .org, name: "=SUM(A1)"),
            Entity(id: "person:ihor-terekhov", type: .person, name: "Ihor Terekhov"),
            Entity(id: "person:volodymyr-zelensky", type: .person, name: "Volodymyr Zelensky", aliases: ["Zelensky"]),
        ]
        var mentions: [Mention] = []
        func mention(_ documentIndex: Int, _ surface: String, _ entityID: String, occurrence: Int = 0) {
            let text = documents[documentIndex].text
            mentions.append(Fixtures.mention(of: surface, in: text, documentID: documents[documentIndex].id, entityID: entityID, occurrence: occurrence))
        }
        mention(0, "Kharkiv", "geonames:706483")
        mention(0, "Ihor Terekhov", "person:ihor-terekhov")
        mention(0, "Moscow", "geonames:524901")
        mention(0, "Kremlin", "org:kremlin")
        mention(0, "Kharkiv", "geonames:706483", occurrence: 1)
        mention(1, "Volodymyr Zelensky", "person:volodymyr-zelensky")
        mention(1, "Kyiv", "geonames:703448")
        mention(1, "Zelensky", "person:volodymyr-zelensky", occurrence: 1)
        mention(1, "Smith, Jones & Co", "org:smith-jones")
        mention(1, "القدس", "geonames:281184")
        mention(1, "Springfield", "city:springfield")
        mention(1, "Kharkiv", "geonames:706483")
        mention(2, "Moscow", "geonames:524901")
        mention(2, "Kyiv", "geonames:703448")
        mention(2, "=SUM(A1)", "org:sum")
        return Corpus(title: "Test wire, \"spring\" 2022", documents: documents, entities: entities, mentions: MentionStore(mentions))
    }

    /// A mention of the `occurrence`-th (0-based) `surface` in `text`, with offsets in Unicode
    /// scalars and the sentence counted from `.`, `!`, `?` followed by whitespace.
    public static func mention(of surface: String, in text: String, documentID: String, entityID: String, occurrence: Int = 0) -> Mention {
        let scalars = Array(text.unicodeScalars), needle = Array(surface.unicodeScalars)
        var found = -1, seen = 0, start = 0
        while start + needle.count <= scalars.count {
            if Array(scalars[start..<start + needle.count]) == needle {
                if seen == occurrence { found = start; break }
                seen += 1
            }
            start += 1
        }
        precondition(found >= 0, "fixture text lacks occurrence \(occurrence) of \(surface)")
        var sentence = 0
        for index in 0..<found where ".!?".unicodeScalars.contains(scalars[index]) && index + 1 < scalars.count && scalars[index + 1].properties.isWhitespace {
            sentence += 1
        }
        return Mention(documentID: documentID, entityID: entityID, text: surface, start: found, end: found + needle.count, sentence: sentence)
    }
}
