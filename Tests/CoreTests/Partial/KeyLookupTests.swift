import Core
import Foundation
import Testing

@Suite struct KeyLookupTests {
    private func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lookup-\(UUID().uuidString).jsonl")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func readsTheKeyLinesOfAResolutionAndSkipsTheRest() throws {
        let resolution = EntityResolution(
            entities: [Entity(id: "person:maria-lopez", type: .person, name: "Maria Lopez")],
            idOfKey: ["person:lopez": "person:maria-lopez", "person:maria-lopez": "person:maria-lopez"])
        let sink = MemorySink()
        try ResolutionFile.write(resolution, to: sink)
        let lookup = try KeyLookup.read(path: try file(String(decoding: sink.data, as: UTF8.self)))
        #expect(lookup.idOfKey == resolution.idOfKey)
        #expect(lookup.typeOfID == ["person:maria-lopez": .person])
    }

    @Test func aKeyLineWithoutATypeNamesTheLine() throws {
        let path = try file("{\"id\":\"org:eu\",\"key\":\"org:eu\",\"type\":\"ORG\"}\n{\"id\":\"org:un\",\"key\":\"org:un\"}\n")
        #expect(throws: PartialError.badRecord(location: "\(path):2", reason: "a key line without the entity's type (written by an older `merge-step resolve`)")) {
            try KeyLookup.read(path: path)
        }
    }
}
