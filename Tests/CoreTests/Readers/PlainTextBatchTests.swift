@testable import Core
import Foundation
import Testing
import TestSupport

/// Plain-text bodies come back from the reader's spool, not from the files: they must be the
/// documents a fresh parse gives, and stay so when the files change afterwards.
@Suite struct PlainTextBatchTests {
    static let files = [
        ("a.txt", "Storm hits the coast\n\nWinds reached 120 km/h in Brest.\n"),
        ("c.txt", " date 2022-02-28 Kyiv, Київ and Kharkiv.\r\n\r\nMore text \t here.\n"),
        ("d.txt", "The U.S. said no. Then it said yes.\nMore text."),
    ]

    @Test func spooledBodiesEqualAFreshParseAcrossBatches() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in Self.files { try Fixtures.write(text, to: name, in: folder) }
        // A JSON Lines file between the texts splits them into two batches sharing one spool.
        try Fixtures.write("{\"id\": \"b\", \"text\": \"A line of JSON.\"}\n", to: "b.jsonl", in: folder)
        let parts = try CorpusReader().readParts(paths: [folder.path])
        #expect(parts.count == 3)
        let expected = try Self.files.map { name, _ in
            let path = folder.appendingPathComponent(name).path
            return try PlainTextReader.document(Input(displayPath: path, url: URL(fileURLWithPath: path)), context: ReadContext())
        }
        let texts = try [parts[0], parts[2]].flatMap { try $0.corpus.documents.loadAll() }
        #expect(texts == expected)

        // Changed or gone, the files no longer matter: the text is the one first read.
        try Fixtures.write("Rewritten.", to: "a.txt", in: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("d.txt"))
        #expect(try parts[0].corpus.documents.document(at: 0) == expected[0])
        #expect(try parts[2].corpus.documents.document(at: 1) == expected[2])
    }
}
