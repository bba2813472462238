import Core
import Exporters
import Foundation
import Testing
import TestSupport

@Suite struct BundleReaderTests {
    /// The samples with one entity and mention, as extraction would add them.
    func corpusWithEntities() throws -> Corpus {
        var corpus = try BundleTestSupport.sampleCorpus()
        corpus.entities = [Entity(id: "geonames:706483", type: .city, name: "Kharkiv", aliases: ["Kharkov"],
                                  geonameID: 706483, latitude: 49.98081, longitude: 36.25272, countryCode: "UA", admin1: "07", population: 1_430_885)]
        corpus.mentions = [Mention(documentID: "000_9d9542bccc8957e3", entityID: "geonames:706483", text: "Kharkiv", start: 81, end: 88, sentence: 0)]
        return corpus
    }

    func json(_ corpus: Corpus) throws -> Data {
        let sink = MemorySink()
        try JSONExporter().export(corpus, to: .sink(sink), context: ExportContext())
        return sink.data
    }

    @Test func aBundleReadsBackToTheSameCorpusAndTheSameExport() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = try corpusWithEntities()
        let bundle = try BundleTestSupport.bundleFile(corpus, in: folder)
        let back = try CorpusReader().read(paths: [bundle.path])
        #expect(back == corpus)
        #expect(try json(back) == json(corpus))
    }

    @Test func tgzNamesAreReadToo() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = try BundleTestSupport.bundleFile(try BundleTestSupport.sampleCorpus(), in: folder, name: "snapshot.TGZ")
        #expect(try CorpusReader().read(paths: [bundle.path]).documents.count == 5)
    }

    @Test func aBundleOnStandardInputIsRead() throws {
        let data = try BundleTestSupport.bundle(try BundleTestSupport.sampleCorpus())
        let corpus = try CorpusReader().read(paths: ["-"], standardInput: { data })
        #expect(corpus.documents.count == 5)
    }

    @Test func aTamperedCorpusJSONIsRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = try BundleTestSupport.bundleFile(try BundleTestSupport.sampleCorpus(), in: folder)
        let edited = folder.appendingPathComponent("edited.tar.gz")
        try ArchiveEdit.apply(.flipFirstByte, to: "data/corpus.json", in: bundle, writing: edited)
        #expect(throws: BundleError.corpusMismatch(bundle: edited.path)) { _ = try CorpusReader().read(paths: [edited.path]) }
    }

    @Test func anArchiveWithoutCorpusJSONIsNotABundle() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = try BundleTestSupport.bundleFile(try BundleTestSupport.sampleCorpus(), in: folder)
        let edited = folder.appendingPathComponent("edited.tar.gz")
        try ArchiveEdit.apply(.drop, to: "data/corpus.json", in: bundle, writing: edited)
        #expect(throws: BundleError.notABundle(path: edited.path, reason: "it has no data/corpus.json")) {
            _ = try CorpusReader().read(paths: [edited.path])
        }
    }

    @Test func limitsFromReadOptionsApply() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = try BundleTestSupport.bundleFile(try BundleTestSupport.sampleCorpus(), in: folder)
        var options = ReadOptions()
        options.archiveLimits.maxEntries = 3
        #expect(throws: ArchiveError.self) { _ = try CorpusReader(context: ReadContext(options: options)).read(paths: [bundle.path]) }
    }
}
