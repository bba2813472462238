import Core
@testable import Exporters
import Foundation
import Testing
import TestSupport

@Suite struct DataPackageTests {
    private func package(_ export: CSVExport) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: export.data("datapackage.json")) as? [String: Any])
    }

    private func schema(_ package: [String: Any], _ name: String) throws -> [String: Any] {
        let resources = try #require(package["resources"] as? [[String: Any]])
        let resource = try #require(resources.first { $0["name"] as? String == name })
        return try #require(resource["schema"] as? [String: Any])
    }

    private func types(_ schema: [String: Any]) -> [String: String] {
        let fields = schema["fields"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: fields.map { ($0["name"] as? String ?? "", $0["type"] as? String ?? "") })
    }

    @Test func describesKeysAndTypesOfTheThreeTables() throws {
        let package = try package(try CSVExport(Fixtures.placesCorpus()))
        #expect(package["profile"] as? String == "tabular-data-package")
        let mentions = try schema(package, "mentions")
        #expect(mentions["primaryKey"] as? [String] == ["document_id", "field", "start", "end", "entity_id"])
        let foreign = try #require(mentions["foreignKeys"] as? [[String: Any]])
        #expect(foreign.map { ($0["reference"] as? [String: Any])?["resource"] as? String } == ["documents", "entities"])
        let entities = try schema(package, "entities")
        #expect(types(entities)["latitude"] == "number")
        #expect(types(entities)["geonameid"] == "integer")
        #expect(types(try schema(package, "documents"))["words"] == "integer")
        #expect(types(try schema(package, "documents"))["date"] == "date")
    }

    /// The date column's type follows the corpus; frictionless must accept every variant.
    @Test(arguments: [
        (["2022-03-01T09:30:00Z", "1987-02-26T15:01:01", "2022-03-02T10:00:00.5+02:00"], "datetime"),
        (["2022-03-01T09:30:00Z", "2022-03-02", "2022-03-03"], "string"),
        (["2022-03-01T09:30Z", "2022-03-02T10:00:00Z", "2022-03-03T10:00:00Z"], "string"),
    ])
    func dateColumnTypeFollowsTheCorpusAndValidates(dates: [String], expected: String) throws {
        var corpus = Fixtures.placesCorpus()
        var documents = try corpus.documents.loadAll()
        for index in documents.indices { documents[index].date = dates[index] }
        corpus.documents = DocumentStore(documents)
        let export = try CSVExport(corpus)
        #expect(types(try schema(try package(export), "documents"))["date"] == expected)
        let frictionless = try #require(ExternalTool.find("frictionless"), "\(ExternalTool.missing("frictionless"))")
        let result = try ExternalTool.run(frictionless, ["validate", "datapackage.json"], in: export.folder)
        #expect(result.status == 0, "frictionless: \(result.stdout.suffix(2000))")
    }

    @Test func dateTimesWithSecondsAreRecognised() {
        #expect(DataPackage.isDateTimeWithSeconds("2022-02-28T09:30:00Z"))
        #expect(DataPackage.isDateTimeWithSeconds("2022-02-28T09:30:00.25-0500"))
        #expect(!DataPackage.isDateTimeWithSeconds("2022-02-28T09:30Z"))
        #expect(!DataPackage.isDateTimeWithSeconds("2022-02-30T09:30:00"))
        #expect(!DataPackage.isDateTimeWithSeconds("2022-02-28T09:30:60Z"))
    }

    // Outside validator: frictionless (PyPI) must find no errors, keys included.
    @Test(arguments: [("places", [:]), ("places", ["excel": "true"]), ("samples", [:])] as [(String, [String: String])])
    func frictionlessValidatesTheTables(corpusName: String, options: [String: String]) throws {
        let frictionless = try #require(ExternalTool.find("frictionless"), "\(ExternalTool.missing("frictionless"))")
        let corpus = corpusName == "places" ? Fixtures.placesCorpus() : try Fixtures.sampleCorpus()
        let export = try CSVExport(corpus, options: options)
        let result = try ExternalTool.run(frictionless, ["validate", "--json", "datapackage.json"], in: export.folder)
        #expect(result.status == 0, "frictionless: \(result.stdout.prefix(3000)) \(result.stderr.prefix(1000))")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["valid"] as? Bool == true)
    }

    @Test func frictionlessCatchesABrokenForeignKey() throws {
        // Proves the validation above would fail: a mention of an entity the table lacks.
        let frictionless = try #require(ExternalTool.find("frictionless"), "\(ExternalTool.missing("frictionless"))")
        let export = try CSVExport(Fixtures.placesCorpus())
        let url = export.folder.appendingPathComponent("mentions.csv")
        try (try export.text("mentions.csv") + "wire-001,ghost,CITY,x,0,1,0\r\n").write(to: url, atomically: true, encoding: .utf8)
        let result = try ExternalTool.run(frictionless, ["validate", "--json", "datapackage.json"], in: export.folder)
        #expect(result.status != 0)
    }

    @Test func duckDBReadsTheTablesWithTheRightTypes() throws {
        let python = try #require(ExternalTool.find("python3"), "\(ExternalTool.missing("python3"))")
        let export = try CSVExport(Fixtures.placesCorpus())
        let script = """
            import duckdb, json
            c = duckdb.connect()
            out = {}
            for t in ("documents", "entities", "mentions"):
                rel = c.sql(f"select * from read_csv('{t}.csv', header=true)")
                out[t] = dict(zip(rel.columns, [str(x) for x in rel.types]))
            out["kharkiv"] = c.sql("select mentions, latitude from read_csv('entities.csv', header=true) where entity_id = 'geonames:706483'").fetchall()[0]
            out["rows"] = c.sql("select count(*) from read_csv('mentions.csv', header=true) m join read_csv('entities.csv', header=true) e using (entity_id)").fetchall()[0][0]
            print(json.dumps(out))
            """
        let result = try ExternalTool.run(python, ["-c", script], in: export.folder)
        try #require(result.status == 0, "python3 with duckdb failed (run tools/install-deps.sh --test): \(result.stderr.suffix(800))")
        let out = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = out["documents"] as? [String: String], entities = out["entities"] as? [String: String]
        let mentions = out["mentions"] as? [String: String]
        #expect(documents?["date"] == "DATE")
        #expect(documents?["words"] == "BIGINT")
        #expect(entities?["latitude"] == "DOUBLE")
        #expect(entities?["population"] == "BIGINT")
        #expect(mentions?["start"] == "BIGINT")
        #expect((out["kharkiv"] as? [Any])?.first as? Int == 3)
        #expect(out["rows"] as? Int == Fixtures.placesCorpus().mentions.count)
    }
}
