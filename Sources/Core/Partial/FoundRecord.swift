/// How `FoundSpool` stores one document's `DocumentEntities`: a compact binary record
/// (`BinaryWriter`'s forms), every field in declaration order.
///
/// JSON coding of these records took a tenth of `newskit export`'s time; this form costs little
/// more than copying the strings. It never leaves the process that wrote it (the spool is an
/// unlinked temporary file), so it carries no version; `newskit extract`'s part files keep
/// their JSON format. Doubles are stored as bit patterns, so a record decodes to a value equal
/// to the one encoded, as the JSON round trip did.
enum FoundRecord {
    static func encode(_ found: DocumentEntities) -> [UInt8] {
        var out = BinaryWriter(capacity: 64 + 48 * found.entities.count + 24 * found.mentions.count)
        out.string(found.documentID)
        out.int(found.documentIndex)
        out.varint(UInt64(found.entities.count))
        for entity in found.entities { write(entity, into: &out) }
        out.varint(UInt64(found.mentions.count))
        for mention in found.mentions {
            out.int(mention.entity)
            out.string(mention.text)
            out.int(mention.start)
            out.int(mention.end)
            out.int(mention.sentence)
            out.byte(UInt8(mention.field.order))
        }
        return out.bytes
    }

    /// - Throws: `BinaryFormatError` when `bytes` are not a whole record.
    static func decode(_ bytes: UnsafeRawBufferPointer) throws(BinaryFormatError) -> DocumentEntities {
        var input = BinaryReader(bytes)
        let documentID = try input.string()
        let documentIndex = try input.int()
        let entityCount = try input.count()
        var entities: [LocalEntity] = []
        entities.reserveCapacity(entityCount)
        for _ in 0..<entityCount { entities.append(try readEntity(&input)) }
        let mentionCount = try input.count()
        var mentions: [LocalMention] = []
        mentions.reserveCapacity(mentionCount)
        for _ in 0..<mentionCount {
            mentions.append(LocalMention(
                entity: try input.int(), text: try input.string(), start: try input.int(), end: try input.int(), sentence: try input.int(),
                field: try input.byte() == 0 ? .title : .text))
        }
        guard input.isAtEnd else { throw .invalid(offset: input.position, reason: "bytes left after the record") }
        return DocumentEntities(documentID: documentID, documentIndex: documentIndex, entities: entities, mentions: mentions)
    }

    private static func write(_ entity: LocalEntity, into out: inout BinaryWriter) {
        out.string(entity.key)
        out.byte(UInt8(types.firstIndex(of: entity.type) ?? 0))
        out.string(entity.name)
        out.varint(UInt64(entity.surfaces.count))
        for surface in entity.surfaces { out.string(surface) }
        out.optional(entity.place) { out, place in write(place, into: &out) }
    }

    private static func readEntity(_ input: inout BinaryReader) throws(BinaryFormatError) -> LocalEntity {
        let key = try input.string()
        let type = try entityType(&input)
        let name = try input.string()
        let surfaceCount = try input.count()
        var surfaces: [String] = []
        surfaces.reserveCapacity(surfaceCount)
        for _ in 0..<surfaceCount { surfaces.append(try input.string()) }
        let place = try input.optional { (input) throws(BinaryFormatError) in try readPlace(&input) }
        return LocalEntity(key: key, type: type, name: name, surfaces: surfaces, place: place)
    }

    private static func write(_ place: GazetteerPlace, into out: inout BinaryWriter) {
        out.byte(UInt8(kinds.firstIndex(of: place.kind) ?? 0))
        out.optional(place.geonameID) { $0.int($1) }
        out.string(place.name)
        out.optional(place.latitude) { $0.double($1) }
        out.optional(place.longitude) { $0.double($1) }
        out.optional(place.countryCode) { $0.string($1) }
        out.optional(place.admin1) { $0.string($1) }
        out.int(place.population)
        out.optional(place.detail) { $0.string($1) }
    }

    private static func readPlace(_ input: inout BinaryReader) throws(BinaryFormatError) -> GazetteerPlace {
        let kind = try placeKind(&input)
        let geonameID = try input.optional { (input) throws(BinaryFormatError) in try input.int() }
        let name = try input.string()
        let latitude = try input.optional { (input) throws(BinaryFormatError) in try input.double() }
        let longitude = try input.optional { (input) throws(BinaryFormatError) in try input.double() }
        let countryCode = try input.optional { (input) throws(BinaryFormatError) in try input.string() }
        let admin1 = try input.optional { (input) throws(BinaryFormatError) in try input.string() }
        let population = try input.int()
        let detail = try input.optional { (input) throws(BinaryFormatError) in try input.string() }
        return GazetteerPlace(kind: kind, geonameID: geonameID, name: name, latitude: latitude, longitude: longitude,
                              countryCode: countryCode, admin1: admin1, population: population, detail: detail)
    }

    private static let types = EntityType.allCases
    private static let kinds: [GazetteerPlace.Kind] = [.country, .city, .region]

    private static func entityType(_ input: inout BinaryReader) throws(BinaryFormatError) -> EntityType {
        let start = input.position
        let code = Int(try input.byte())
        guard code < types.count else { throw .invalid(offset: start, reason: "entity type \(code)") }
        return types[code]
    }

    private static func placeKind(_ input: inout BinaryReader) throws(BinaryFormatError) -> GazetteerPlace.Kind {
        let start = input.position
        let code = Int(try input.byte())
        guard code < kinds.count else { throw .invalid(offset: start, reason: "place kind \(code)") }
        return kinds[code]
    }
}
