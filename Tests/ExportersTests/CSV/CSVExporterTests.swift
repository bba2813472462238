import Core
@testable import Exporters
import Foundation
import Testing
import TestSupport

@Suite struct CSVExporterTests {
    @Test func writesTheThreeTablesWithTheDocumentedHeaders() throws {
        let export = try CSVExport(Fixtures.placesCorpus())
        let names = try FileManager.default.contentsOfDirectory(atPath: export.folder.path).sorted()
        #expect(names == ["datapackage.json", "documents.csv", "entities.csv", "mentions.csv"])
        #expect(try export.records("documents.csv").first == ["document_id", "title", "date", "source", "url", "words", "sha256"])
        #expect(try export.records("entities.csv").first == ["entity_id", "type", "name", "aliases", "mentions", "documents", "geonameid",
                                                           "latitude", "longitude", "country_code", "admin1", "population", "feature_class"])
        #expect(try export.records("mentions.csv").first == ["document_id", "entity_id", "type", "text", "start", "end", "sentence", "field"])
    }

    @Test func headlineMentionsSayTheirFieldAndComeFirst() throws {
        var corpus = Corpus(documents: [Document(id: "a", title: "Kyiv talks", text: "Talks in Kyiv.")])
        corpus.entities = [Entity(id: "city:kyiv", type: .city, name: "Kyiv")]
        corpus.mentions = MentionStore([Mention(documentID: "a", entityID: "city:kyiv", text: "Kyiv", start: 9, end: 13, sentence: 0),
                           Mention(documentID: "a", entityID: "city:kyiv", text: "Kyiv", start: 0, end: 4, sentence: 0, field: .title)])
        let rows = try CSVExport(corpus).records("mentions.csv")
        #expect(rows.dropFirst().map { [$0[4], $0[7]] } == [["0", "title"], ["9", "text"]])
    }

    @Test func rowsEndWithCRLFAndAwkwardCellsAreQuoted() throws {
        let export = try CSVExport(Fixtures.placesCorpus())
        let entities = try export.text("entities.csv")
        #expect(entities.hasSuffix("\r\n"))
        // A comma, a quote and a newline in one entity: RFC 4180 quoting, inner quotes doubled.
        #expect(entities.contains("\r\norg:smith-jones,ORG,\"Smith, Jones & Co\",\"\"\"Smith\"\"\nJones\",1,1,,,,,,,\r\n"))
        let documents = try export.text("documents.csv")
        #expect(documents.contains("wire-001,\"Shelling hits Kharkiv, \"\"mayor\"\" says\",2022-02-28,Test Wire,\"https://example.org/news?id=1,2\","))
        // RTL text and emoji pass through as UTF-8.
        #expect(try export.records("entities.csv").contains { $0.first == "geonames:281184" && $0[2] == "القدس" })
        #expect(try export.records("documents.csv")[2][1] == "Kyiv 🚀 update")
    }

    @Test func entityRowsCountMentionsAndDocumentsAndKeepCoordinates() throws {
        let rows = try CSVExport(Fixtures.placesCorpus()).records("entities.csv")
        let kharkiv = try #require(rows.first { $0.first == "geonames:706483" })
        #expect(kharkiv == ["geonames:706483", "CITY", "Kharkiv", "Kharkov | Харків", "3", "2", "706483",
                            "49.98081", "36.25272", "UA", "07", "1430885", "city"])
        let springfield = try #require(rows.first { $0.first == "city:springfield" })
        #expect(springfield[6...8] == ["", "", ""])
        #expect(rows.dropFirst().map { $0[0] } == rows.dropFirst().map { $0[0] }.sorted())
    }

    @Test func mentionsAreSortedByDocumentThenOffsetAndMatchTheText() throws {
        let corpus = Fixtures.placesCorpus()
        let rows = try CSVExport(corpus).records("mentions.csv").dropFirst()
        #expect(rows.count == corpus.mentions.count)
        let order = ["wire-001", "wire-002", "wire-003"]
        let keys = rows.map { (order.firstIndex(of: $0[0]) ?? -1, Int($0[4]) ?? -1) }
        #expect(zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 })
        let texts = Dictionary(uniqueKeysWithValues: corpus.documents.headers.indices.map { (corpus.documents.headers[$0].id, try! corpus.documents.document(at: $0).text) })
        for row in rows {
            let scalars = Array(texts[row[0]]!.unicodeScalars)
            let surface = String(String.UnicodeScalarView(scalars[Int(row[4])!..<Int(row[5])!]))
            #expect(surface == row[3], "offsets of \(row) do not select its text")
        }
    }

    @Test func mentionsOfUnknownEntitiesOrDocumentsAndDuplicatesAreLeftOutWithAWarning() throws {
        var corpus = Fixtures.placesCorpus()
        var mentions = Array(corpus.mentions)
        let first = mentions[0]
        mentions.append(first)
        mentions.append(Mention(documentID: "nowhere", entityID: first.entityID, text: "x", start: 0, end: 1, sentence: 0))
        mentions.append(Mention(documentID: first.documentID, entityID: "ghost", text: "x", start: 0, end: 1, sentence: 0))
        corpus.mentions = MentionStore(mentions)
        let export = try CSVExport(corpus)
        #expect(try export.records("mentions.csv").count == 1 + corpus.mentions.count - 3)
        let warning = try #require(export.diagnostics.first)
        #expect(warning.message.contains("leaves out 3 mentions"))
        #expect(warning.message.contains("1 name a document not in the corpus"))
    }

    @Test func spreadsheetOptionAddsABOMAndNeutralisesFormulasButNotNumbers() throws {
        var corpus = Fixtures.placesCorpus()
        corpus.entities.append(Entity(id: "geonames:5128581", type: .city, name: "New York City", geonameID: 5128581,
                                      latitude: 40.71427, longitude: -74.00597, countryCode: "US", admin1: "NY", population: 8_804_190))
        let plain = try CSVExport(corpus)
        #expect(try plain.data("entities.csv").prefix(3) != Data([0xEF, 0xBB, 0xBF]))
        #expect(try plain.text("entities.csv").contains("\r\norg:sum,ORG,=SUM(A1),"))
        let excel = try CSVExport(corpus, options: ["excel": "true"])
        for name in ["documents.csv", "entities.csv", "mentions.csv"] {
            #expect(try excel.data(name).prefix(3) == Data([0xEF, 0xBB, 0xBF]), "\(name) lacks the BOM")
        }
        #expect(try excel.text("entities.csv").contains("\r\norg:sum,ORG,'=SUM(A1),"))
        #expect(try excel.text("mentions.csv").contains(",org:sum,ORG,'=SUM(A1),"))
        #expect(try excel.text("entities.csv").contains(",40.71427,-74.00597,US,"))
    }

    @Test func badOptionValueNamesTheExporterAndKey() throws {
        #expect(throws: ExportError.badOption(exporter: "csv", key: "excel", value: "maybe", expected: "true or false")) {
            try CSVExport(Fixtures.placesCorpus(), options: ["excel": "maybe"])
        }
    }

    @Test func corpusWithoutEntitiesGivesHeaderOnlyEntityAndMentionTables() throws {
        let corpus = try Fixtures.sampleCorpus()
        let export = try CSVExport(corpus)
        #expect(try export.records("entities.csv").count == 1)
        #expect(try export.records("mentions.csv").count == 1)
        let documents = try export.records("documents.csv")
        #expect(documents.count == corpus.documents.count + 1)
        #expect(documents.dropFirst().allSatisfy { $0[6].count == 64 })
    }

    @Test func outputIsDeterministic() throws {
        let first = try CSVExport(Fixtures.placesCorpus()), second = try CSVExport(Fixtures.placesCorpus())
        for name in ["datapackage.json", "documents.csv", "entities.csv", "mentions.csv"] {
            #expect(try first.data(name) == second.data(name), "\(name) differs between runs")
        }
    }
}
