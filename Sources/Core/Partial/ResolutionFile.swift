import Foundation

/// `EntityResolution` as JSON Lines: a header line, one `{"entity":…}` line per entity (by id),
/// then one `{"id":…,"key":…,"type":…}` line per local key (by key; `KeyLookup.Line`, the type
/// being its entity's, so a slice's lookup needs no entity line). Written by `newskit merge-step
/// resolve`, read by `newskit merge --resolution`.
public enum ResolutionFile {
    public static let formatName = "newskit-resolution"
    public static let formatVersion = 1
    public static let headerLine = "{\"format\":\"\(formatName)\",\"version\":\(formatVersion)}"

    private struct EntityLine: Codable { var entity: Entity }

    /// Writes `resolution` to `sink`.
    public static func write(_ resolution: EntityResolution, to sink: any ByteSink) throws {
        try sink.write(headerLine + "\n")
        for entity in resolution.entities {
            try sink.write(try PartialRecord.encoder.encode(EntityLine(entity: entity)) + Data([0x0A]))
        }
        var types: [String: EntityType] = [:]
        for entity in resolution.entities { types[entity.id] = entity.type }
        for key in resolution.idOfKey.keys.sorted() {
            let id = resolution.idOfKey[key] ?? ""
            try sink.write(try PartialRecord.encoder.encode(KeyLookup.Line(key: key, id: id, type: types[id])) + Data([0x0A]))
        }
    }

    /// Reads a resolution file; with `keys: false`, only its entities (`idOfKey` stays empty),
    /// for the final write of row slices, which holds no per-key state.
    /// - Throws: `PartialError` naming the file and line; `ReadError` when it cannot be read.
    public static func read(path: String, keys: Bool = true) throws -> EntityResolution {
        var resolution = EntityResolution(entities: [], idOfKey: [:])
        var sawHeader = false
        try LineStream.forEachLine(of: path, limit: PartialFile.lineLimit) { line, number in
            let location = "\(path):\(number)"
            guard sawHeader else {
                let header = try? JSONSerialization.jsonObject(with: line) as? [String: Any]
                guard header?["format"] as? String == formatName, (header?["version"] as? Int ?? Int.max) <= formatVersion else {
                    throw PartialError.badRecord(location: location, reason: "not a \(formatName) version \(formatVersion) header")
                }
                sawHeader = true
                return
            }
            if line.starts(with: Data("{\"entity\"".utf8)) {
                resolution.entities.append(try LineStream.decode(EntityLine.self, line, location: location, what: "an entity line").entity)
            } else if keys {
                let key = try LineStream.decode(KeyLookup.Line.self, line, location: location, what: "a key line")
                resolution.idOfKey[key.key] = key.id
            }
        }
        guard sawHeader else { throw PartialError.badRecord(location: "\(path):1", reason: "empty; expected a \(formatName) header") }
        resolution.entities.sort { $0.id < $1.id }
        return resolution
    }
}
