import Core
import Exporters
import Foundation
import Testing
import TestSupport

@Suite struct BundleExporterTests {
    @Test func twoRunsAreByteIdentical() throws {
        let corpus = try BundleTestSupport.sampleCorpus()
        let first = try BundleTestSupport.bundle(corpus)
        let second = try BundleTestSupport.bundle(corpus)
        #expect(Digest.sha256Hex(first) == Digest.sha256Hex(second))
        #expect(try BundleTestSupport.entries(first) == BundleTestSupport.entries(second))
    }

    @Test func bytesDoNotDependOnJobs() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // ~4.8 MB to gzip (originals and corpus.json): the bundle spans several 1 MiB gzip members.
        for n in 0..<60 {
            try Fixtures.write("Talks in the capital (\(n))\n\n" + GeneratedCorpus.noisyText(n, bytes: 40_000), to: "article-\(n).txt", in: folder)
        }
        let corpus = try CorpusReader().read(paths: [folder.path])
        let one = try BundleTestSupport.bundle(corpus, jobs: 1)
        #expect(try BundleTestSupport.entries(one).reduce(0) { $0 + $1.size } > 3 * Int64(ParallelGzipWriter.blockSize), "too small to span many blocks")
        #expect(try BundleTestSupport.bundle(corpus, jobs: 2) == one)
        #expect(try BundleTestSupport.bundle(corpus, jobs: 4) == one)
        #expect(try BundleVerifier.verify(Input(displayPath: "jobs.tar.gz", url: nil, data: one)).isComplete)
    }

    @Test func layoutIsASortedBagUnderOneFolder() throws {
        let data = try BundleTestSupport.bundle(try BundleTestSupport.sampleCorpus())
        let entries = try BundleTestSupport.entries(data)
        let top = try #require(entries.first)
        #expect(top.kind == .directory)
        #expect(top.path.hasPrefix("newskit-corpus-") && top.path.count == "newskit-corpus-".count + 12)
        let relative = entries.dropFirst().map { String($0.path.dropFirst(top.path.count + 1)) }
        #expect(!relative.contains("manifest-sha512.txt"), "format 2 writes one payload manifest")
        for name in ["bag-info.txt", "bagit.txt", "data", "data/corpus.json", "data/originals", "manifest-sha256.txt", "tagmanifest-sha256.txt"] {
            #expect(relative.contains(name), "missing \(name)")
        }
        #expect(relative.filter { $0.hasPrefix("data/originals/") && $0.hasSuffix(".txt") }.count == 5)
        let components = entries.map { $0.path.split(separator: "/").map(String.init) }
        #expect(components == components.sorted { $0.lexicographicallyPrecedes($1) { BagIt.byteOrder($0, $1) } })
        for entry in entries {
            #expect(entry.modificationTime == 946_684_800)
            #expect(entry.permissions == (entry.kind == .directory ? 0o755 : 0o644))
        }
    }

    @Test func sourceDateSetsTimesAndBaggingDate() throws {
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        let data = try BundleTestSupport.bundle(try BundleTestSupport.sampleCorpus(), date: date)
        let reader = try ArchiveReader(data: data, name: "bundle")
        var info = ""
        while let entry = try reader.nextEntry() {
            #expect(entry.modificationTime == 1_700_000_000)
            if entry.path.hasSuffix("/bag-info.txt") { info = String(decoding: try reader.readData(), as: UTF8.self) }
        }
        #expect(info.contains("Bagging-Date: 2023-11-14\n"))
        #expect(info.contains("Bag-Software-Agent: newskit test\n"))
        #expect(info.contains("Newskit-Bundle-Format: 2\n"))
        #expect(info.contains("External-Description: newskit corpus snapshot: 5 documents"))
        #expect(info.range(of: "Payload-Oxum: [0-9]+\\.\(5 + 1 + BundleTestSupport.companionFiles)\n", options: .regularExpression) != nil)
    }

    @Test func optionsSetTheNameAndTheLevel() throws {
        let corpus = try BundleTestSupport.sampleCorpus()
        let named = try BundleTestSupport.entries(try BundleTestSupport.bundle(corpus, options: ["name": "snapshot-2022"]))
        #expect(named.allSatisfy { $0.path == "snapshot-2022" || $0.path.hasPrefix("snapshot-2022/") })
        let fast = try BundleTestSupport.bundle(corpus, options: ["level": "1"])
        let small = try BundleTestSupport.bundle(corpus, options: ["level": "9"])
        #expect(fast.count > small.count)
        #expect(throws: ExportError.badOption(exporter: "tar.gz", key: "level", value: "0", expected: "a whole number from 1 to 9")) {
            _ = try BundleTestSupport.bundle(corpus, options: ["level": "0"])
        }
        #expect(throws: ExportError.self) { _ = try BundleTestSupport.bundle(corpus, options: ["name": "../x"]) }
    }

    @Test func aChangedInputIsRefusedByName() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = try Fixtures.write("Storm hits the coast\n\nWinds reached 120 km/h in Kharkiv.\n", to: "a.txt", in: folder)
        // Bodies in memory, so the lazy loader does not notice first (it would, with ReadError).
        let corpus = try CorpusReader().read(paths: [article.path]).materialized()
        // Same length, one letter different: only the hash can tell.
        try Fixtures.write("Storm hits the coast\n\nWinds reached 120 km/h in Kharkov.\n", to: "a.txt", in: folder)
        #expect(throws: BundleError.originalChanged(path: article.path)) { _ = try BundleTestSupport.bundle(corpus) }
    }

    @Test func jsonlLinesAreCheckedAndTheFileStoredOnce() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = "{\"id\":\"a\",\"text\":\"One.\"}\r\n\n{\"id\":\"b\",\"text\":\"Two.\"}"
        let feed = try Fixtures.write(lines, to: "feed.jsonl", in: folder)
        let corpus = try CorpusReader().read(paths: [feed.path]).materialized()
        let entries = try BundleTestSupport.entries(try BundleTestSupport.bundle(corpus))
        let stored = entries.filter { $0.path.hasSuffix("/feed.jsonl") }
        #expect(stored.count == 1)
        #expect(stored.first?.size == Int64(lines.utf8.count))
        try Fixtures.write(lines.replacingOccurrences(of: "Two.", with: "Tw0."), to: "feed.jsonl", in: folder)
        #expect(throws: BundleError.originalChanged(path: feed.path)) { _ = try BundleTestSupport.bundle(corpus) }
    }

    /// The readers hash a `.jsonl.gz`'s decompressed lines; the bundle stores the gzip file as it
    /// is and checks those lines by inflating it on the way (it used to hash the compressed bytes
    /// and refuse every `.gz` input as changed).
    @Test func aGzipOriginalIsStoredAsIsAndCheckedDecompressed() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n"
        let plain = try Fixtures.write(lines, to: "feed.jsonl", in: folder)
        let feed = folder.appendingPathComponent("feed.jsonl.gz")
        #expect(try ExternalTool.run("gzip", ["-n", "-k", plain.path]).status == 0)
        try FileManager.default.removeItem(at: plain)
        let compressed = try Data(contentsOf: feed)
        let corpus = try CorpusReader().read(paths: [feed.path])
        let data = try BundleTestSupport.bundle(corpus)
        let reader = try ArchiveReader(data: data, name: "bundle")
        var stored: Data?
        while let entry = try reader.nextEntry() {
            if entry.path.hasSuffix("/data/originals\(feed.path)") { stored = try reader.readData() }
        }
        #expect(stored == compressed, "the original is not the gzip file as it was")
        #expect(try BundleVerifier.verify(Input(displayPath: "gz.tar.gz", url: nil, data: data)).isComplete)
        // A changed line inside the gzip file is still caught.
        try Fixtures.write(lines.replacingOccurrences(of: "Two.", with: "Tw0."), to: "feed.jsonl", in: folder)
        try FileManager.default.removeItem(at: feed)
        #expect(try ExternalTool.run("gzip", ["-n", plain.path]).status == 0)
        #expect(throws: BundleError.originalChanged(path: feed.path)) { _ = try BundleTestSupport.bundle(corpus.materialized()) }
    }

    /// A WARC's documents hash their record blocks, not the file: the file is re-read and its
    /// pages must hash as recorded (every WARC used to be refused as changed).
    @Test(arguments: [false, true])
    func aWARCOriginalIsCheckedByItsRecords(gzipped: Bool) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var crawl = WARCBuilder()
        crawl.warcinfo()
        for (index, page) in ["harbour-fire.html", "council-budget.html"].enumerated() {
            try crawl.response("https://news.example/\(index)", body: try Fixtures.htmlPage(page))
        }
        let warc = folder.appendingPathComponent(gzipped ? "crawl.warc.gz" : "crawl.warc")
        try (gzipped ? try crawl.gzipped() : crawl.plain).write(to: warc)
        let corpus = try CorpusReader().read(paths: [warc.path]).materialized()
        #expect(corpus.documents.count == 2)
        let data = try BundleTestSupport.bundle(corpus)
        #expect(try BundleTestSupport.entries(data).contains { $0.path.hasSuffix("/data/originals\(warc.path)") })
        // Another page in place of the second: its record no longer hashes as recorded.
        var changed = WARCBuilder()
        changed.warcinfo()
        for (index, page) in ["harbour-fire.html", "storm-shutters.xhtml"].enumerated() {
            try changed.response("https://news.example/\(index)", body: try Fixtures.htmlPage(page))
        }
        try (gzipped ? try changed.gzipped() : changed.plain).write(to: warc)
        #expect(throws: BundleError.originalChanged(path: warc.path)) { _ = try BundleTestSupport.bundle(corpus) }
    }

    @Test func inMemoryDocumentsLiveOnlyInCorpusJSON() throws {
        let corpus = Corpus(documents: [Document(id: "x", text: "Typed in."), Document(id: "y", text: "Piped.", origin: Origin(path: "-", sha256: "00"))])
        let entries = try BundleTestSupport.entries(try BundleTestSupport.bundle(corpus))
        #expect(!entries.contains { $0.path.contains("/data/originals") })
        #expect(entries.contains { $0.path.hasSuffix("/data/corpus.json") })
    }

    @Test func anEmptyCorpusStillMakesAValidBag() throws {
        let data = try BundleTestSupport.bundle(Corpus.empty)
        let result = try BundleVerifier.verify(Input(displayPath: "empty.tar.gz", url: nil, data: data))
        #expect(result.isComplete)
        #expect(result.payloadFiles == 1 + BundleTestSupport.companionFiles)
    }
}
