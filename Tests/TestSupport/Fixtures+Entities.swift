import Core
import Foundation

extension Fixtures {
    /// Hand-made entities for tests that need them before extraction exists: real places with
    /// GeoNames-style coordinates, a person, and an organisation whose name needs escaping in
    /// XML, CSV and JSON (and has no mentions).
    public static let handMadeEntities: [Entity] = [
        Entity(id: "geonames:524901", type: .city, name: "Moscow", aliases: ["Moskva"], geonameID: 524901,
               latitude: 55.75222, longitude: 37.61556, countryCode: "RU", admin1: "48", population: 10_381_222),
        Entity(id: "geonames:690791", type: .country, name: "Ukraine", geonameID: 690791,
               latitude: 49.0, longitude: 32.0, countryCode: "UA", population: 44_622_516),
        Entity(id: "geonames:706483", type: .city, name: "Kharkiv", aliases: ["Kharkov"], geonameID: 706483,
               latitude: 49.98081, longitude: 36.25272, countryCode: "UA", admin1: "07", population: 1_430_885),
        Entity(id: "org:ring-<&>-\"quoted\"", type: .org, name: "Ring <&> \"Quoted\", Ltd."),
        Entity(id: "person:vladimir-putin", type: .person, name: "Vladimir Putin", aliases: ["Putin"]),
    ]

    /// The sample corpus with `handMadeEntities` and a mention for every occurrence of
    /// "Kharkiv", "Moscow", "Ukraine" and "Putin" in the first three documents, offsets in
    /// Unicode scalars as the model defines them (sentence indexes are 0: tests must not rely on them).
    public static func sampleCorpusWithEntities() throws -> Corpus {
        var corpus = try sampleCorpus()
        let surfaces = [
            ("Kharkiv", "geonames:706483"), ("Moscow", "geonames:524901"),
            ("Ukraine", "geonames:690791"), ("Putin", "person:vladimir-putin"),
        ]
        var mentions: [Mention] = []
        for document in try corpus.documents.loadAll().prefix(3) {
            let scalars = Array(document.text.unicodeScalars)
            var found: [Mention] = []
            for (surface, entityID) in surfaces {
                let needle = Array(surface.unicodeScalars)
                var index = 0
                while index + needle.count <= scalars.count {
                    if Array(scalars[index..<index + needle.count]) == needle {
                        found.append(Mention(documentID: document.id, entityID: entityID, text: surface,
                                             start: index, end: index + needle.count, sentence: 0))
                        index += needle.count
                    } else {
                        index += 1
                    }
                }
            }
            mentions += found.sorted { $0.start < $1.start }
        }
        corpus.entities = handMadeEntities.sorted { $0.id < $1.id }
        corpus.mentions = MentionStore(mentions)
        return corpus
    }

    /// `corpus` as newskit corpus JSON (through Core's `Codable`), for tests that feed the binary.
    public static func corpusJSON(_ corpus: Corpus) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(corpus)
    }
}
