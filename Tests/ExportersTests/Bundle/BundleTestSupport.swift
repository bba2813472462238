import Core
import Exporters
import Foundation
import TestSupport

/// Making bundles in tests: the sample corpus read lazily from `samples/` (so its originals are
/// on disk), exported to memory or to a file.
enum BundleTestSupport {
    /// Payload files a bundle holds besides `corpus.json` and the originals: the outputs of the
    /// companion exporters that are registered (csv: three tables and datapackage.json;
    /// geojson: the places layer).
    static var companionFiles: Int {
        let names = Set(ExporterRegistry.builtIn.names)
        return (names.contains("csv") ? 4 : 0) + (names.contains("geojson") ? 1 : 0)
    }

    static func sampleCorpus() throws -> Corpus {
        try CorpusReader().read(paths: [Fixtures.samples.path])
    }

    static func bundle(_ corpus: Corpus, options: [String: String] = [:], date: Date = ExportContext.defaultSourceDate, jobs: Int? = nil) throws -> Data {
        let sink = MemorySink()
        let context = ExportContext(options: ExportOptions(options), sourceDate: date, toolVersion: "test", jobs: jobs)
        try BundleExporter().export(corpus, to: .sink(sink), context: context)
        return sink.data
    }

    /// The bundle written to `corpus.tar.gz` in a fresh folder.
    static func bundleFile(_ corpus: Corpus, in folder: URL, name: String = "corpus.tar.gz") throws -> URL {
        let url = folder.appendingPathComponent(name)
        try bundle(corpus).write(to: url)
        return url
    }

    /// Every entry of an archive in order: path, kind, size, permissions, time.
    static func entries(_ data: Data) throws -> [ArchiveEntry] {
        let reader = try ArchiveReader(data: data, name: "bundle")
        var entries: [ArchiveEntry] = []
        while let entry = try reader.nextEntry() { entries.append(entry) }
        return entries
    }
}
