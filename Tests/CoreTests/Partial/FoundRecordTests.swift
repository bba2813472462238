@testable import Core
import Testing

/// `FoundSpool`'s binary record must give back exactly what went in (the merge and every
/// export read it), and damaged bytes must give a typed error, never a crash.
@Suite struct FoundRecordTests {
    static let kyiv = GazetteerPlace(kind: .city, geonameID: 703448, name: "Kyiv", latitude: 50.45466, longitude: 30.5238,
                                     countryCode: "UA", admin1: "12", population: 2_797_553)
    static let found = DocumentEntities(
        documentID: "bbc/business/001 – Київ", documentIndex: 41,
        entities: [
            LocalEntity(key: "geonames:703448", type: .city, name: "Kyiv", surfaces: ["Kiev", "Kyiv", "Київ"], place: kyiv),
            LocalEntity(key: "location:the-west", type: .location, name: "the West", surfaces: [],
                        place: GazetteerPlace(kind: .region, geonameID: nil, name: "West", latitude: -0.0, population: -1, detail: "region")),
            LocalEntity(key: "person:ann-smith", type: .person, name: "Ann Smith", surfaces: ["Ann", "Ann Smith"]),
            LocalEntity(key: "org:e-u", type: .org, name: "", surfaces: [""]),
            LocalEntity(key: "country", type: .country, name: "Ukraine", surfaces: ["Ukraine"],
                        place: GazetteerPlace(kind: .country, geonameID: Int.max, name: "Ukraine", longitude: Double.leastNonzeroMagnitude, population: Int.min)),
        ],
        mentions: [
            LocalMention(entity: 0, text: "Київ", start: 0, end: 4, sentence: 0),
            LocalMention(entity: 2, text: "Ann 👍🏽", start: 1_000_000, end: 1_000_007, sentence: 12345),
            LocalMention(entity: -1, text: "", start: -5, end: 0, sentence: -1),
        ])

    @Test func recordRoundTripsEveryField() throws {
        let bytes = FoundRecord.encode(Self.found)
        let decoded = try FoundSpool.decode(bytes, index: 0)
        #expect(decoded == Self.found)
        // Equal as values, and the doubles bit for bit (-0.0 == 0.0 would pass `==` alone).
        let places = decoded.entities.map(\.place)
        #expect(places.map { $0?.latitude?.bitPattern } == Self.found.entities.map(\.place).map { $0?.latitude?.bitPattern })
        #expect(places.map { $0?.longitude?.bitPattern } == Self.found.entities.map(\.place).map { $0?.longitude?.bitPattern })
    }

    @Test func emptyResultsRoundTrip() throws {
        let empty = DocumentEntities(documentID: "", documentIndex: 0, entities: [], mentions: [])
        #expect(try FoundSpool.decode(FoundRecord.encode(empty), index: 3) == empty)
    }

    @Test func everyTruncationGivesATypedError() {
        let bytes = FoundRecord.encode(Self.found)
        for length in 0..<bytes.count {
            #expect(throws: SpoolError.self) { try FoundSpool.decode(Array(bytes[..<length]), index: 7) }
        }
    }

    @Test func trailingBytesAndBadCodesAreRefused() {
        let bytes = FoundRecord.encode(Self.found)
        #expect(throws: SpoolError.damagedRecord(index: 2, reason: "byte \(bytes.count): bytes left after the record")) {
            try FoundSpool.decode(bytes + [0], index: 2)
        }
        // documentID (1 length byte + UTF-8), index, entity count, then the first entity's key and type.
        let typeOffset = 1 + Self.found.documentID.utf8.count + 1 + 1 + 1 + "geonames:703448".utf8.count
        var badType = bytes
        badType[typeOffset] = 9
        #expect(throws: SpoolError.damagedRecord(index: 0, reason: "byte \(typeOffset): entity type 9")) {
            try FoundSpool.decode(badType, index: 0)
        }
    }

    @Test func hugeCountsAndOverlongNumbersAreRefusedWithoutAllocating() {
        // A documentID length of 2^63: more than the bytes left.
        let hugeLength: [UInt8] = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]
        #expect(throws: SpoolError.self) { try FoundSpool.decode(hugeLength, index: 0) }
        let overlong = [UInt8](repeating: 0x80, count: 12)
        #expect(throws: SpoolError.damagedRecord(index: 1, reason: "byte 0: a number longer than 64 bits")) {
            try FoundSpool.decode(overlong, index: 1)
        }
    }

    @Test func mixedRecordsComeBackFromTheSpoolInAnyOrder() throws {
        let spool = try FoundSpool()
        var all: [DocumentEntities] = []
        for index in 0..<20 {
            var found = Self.found
            found.documentIndex = index
            found.entities = Array(found.entities.prefix(index % 6))
            found.mentions = index % 2 == 0 ? found.mentions : []
            all.append(found)
            try spool.append(found)
        }
        for index in [19, 0, 7, 7, 12] { #expect(try spool.loadFound(at: index) == all[index]) }
    }
}
