import Core
import Foundation
import Testing
import TestSupport

/// `schema/newskit-partial.schema.json` describes every line `newskit extract` writes.
@Suite struct PartialSchemaTests {
    static let schema = SchemaValidator.schema("newskit-partial.schema.json")

    /// The lines of a partial-result file for the sample articles, made with the real models.
    private func lines() throws -> [Data] {
        let parts = try CorpusReader().readParts(paths: [Fixtures.samples.appendingPathComponent("articles.jsonl").path])
        let extraction = try ExtractionModels.load(ExtractionSettings())
        var lines = [Data(PartialRecord.headerLine.utf8)]
        let store = parts[0].corpus.documents
        try PartialExtraction.stream(store, orders: DocumentOrder.orders(of: store, input: 0), with: extraction) { record in
            lines.append(try record.jsonLine())
        }
        return lines
    }

    @Test func everyLineExtractWritesMatchesTheSchema() throws {
        let lines = try lines()
        #expect(lines.count == 6)
        for line in lines {
            #expect(try SchemaValidator.errors(in: line, against: Self.schema) == [])
        }
        let withPlace = try #require(lines.first { String(decoding: $0, as: UTF8.self).contains("\"place\":{") }, "a record with a gazetteer place")
        #expect(try SchemaValidator.errors(in: withPlace, against: Self.schema) == [])
    }

    @Test func schemaRejectsBrokenRecords() throws {
        let record = try #require(try JSONSerialization.jsonObject(with: try lines()[1]) as? [String: Any])
        let breakages: [(String, ([String: Any]) -> [String: Any])] = [
            ("order", { var r = $0; r["order"] = ["input": 0, "path": "a.jsonl"]; return r }),
            ("fingerprint", { var r = $0; r["fingerprint"] = "abc"; return r }),
            ("document", { var r = $0; r["document"] = ["id": "x"]; return r }),
            ("entities", { var r = $0; r["entities"] = [["key": "k", "type": "ANIMAL", "name": "n", "surfaces": []]]; return r }),
        ]
        for (what, breakage) in breakages {
            let data = try JSONSerialization.data(withJSONObject: breakage(record))
            #expect(try !SchemaValidator.errors(in: data, against: Self.schema).isEmpty, "accepted a record with a broken \(what)")
        }
        #expect(try !SchemaValidator.errors(in: Data(#"{"format":"newskit-partial","version":2}"#.utf8), against: Self.schema).isEmpty)
    }
}
