import Core
import Exporters
import Foundation
import Testing
import TestSupport

@Suite struct JSONExporterTests {
    @Test func corpusJSONReadsBackToAnEqualCorpus() throws {
        var corpus = try Fixtures.sampleCorpus()
        corpus.entities = [Entity(id: "geonames:706483", type: .city, name: "Kharkiv", aliases: ["Kharkov"],
                                  geonameID: 706483, latitude: 49.98081, longitude: 36.25272, countryCode: "UA", admin1: "07", population: 1_430_885)]
        corpus.mentions = [Mention(documentID: "000_9d9542bccc8957e3", entityID: "geonames:706483", text: "Kharkiv", start: 81, end: 88, sentence: 0)]
        let sink = MemorySink()
        try JSONExporter().export(corpus, to: .sink(sink), context: ExportContext())
        let folder = try Fixtures.temporaryFolder()
        let url = folder.appendingPathComponent("corpus.json")
        try sink.data.write(to: url)
        let back = try CorpusReader().read(paths: [url.path])
        #expect(back == corpus)
    }

    @Test func outputIsDeterministic() throws {
        let corpus = try Fixtures.sampleCorpus()
        let first = MemorySink(), second = MemorySink()
        try JSONExporter().export(corpus, to: .sink(first), context: ExportContext())
        try JSONExporter().export(corpus, to: .sink(second), context: ExportContext())
        #expect(first.data == second.data)
        #expect(first.string.hasPrefix("{\"format\":\"newskit-corpus\",\"version\":1,"))
    }
}
