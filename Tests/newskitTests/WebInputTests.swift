import Foundation
import Testing
import TestSupport

/// Web pages and WARC files through the built binary, as a user runs them.
@Suite struct WebInputTests {
    func documents(_ url: URL) throws -> [[String: Any]] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        return json?["documents"] as? [[String: Any]] ?? []
    }

    func crawl() throws -> WARCBuilder {
        var builder = WARCBuilder()
        builder.warcinfo()
        let pages = ["harbour-fire.html", "council-budget.html", "storm-shutters.xhtml"]
        for (index, page) in pages.enumerated() {
            builder.request("https://news.example/\(index)")
            try builder.response("https://news.example/\(index)", body: try Fixtures.htmlPage(page), gzipBody: index == 1)
        }
        return builder
    }

    @Test func exportsAFolderOfPagesAsJSON() throws {
        let folder = try Fixtures.temporaryFolder("web-e2e")
        let output = folder.appendingPathComponent("pages.json")
        let result = try BinaryRunner.run(["export", Fixtures.htmlPages.path, "--format", "json", "-o", output.path, "--no-entities"])
        #expect(result.status == 0, "\(result.stderr)")
        let documents = try documents(output)
        #expect(documents.count == 8)
        #expect(documents.first?["id"] as? String == "council-budget")
        #expect((documents.first?["text"] as? String)?.contains("Pierre Lemaître called the cuts “a false economy”") == true)
    }

    @Test func exportsAGzippedWARCAsJSON() throws {
        let folder = try Fixtures.temporaryFolder("web-e2e")
        let warc = folder.appendingPathComponent("crawl.warc.gz")
        try crawl().gzipped().write(to: warc)
        let output = folder.appendingPathComponent("crawl.json")
        let result = try BinaryRunner.run(["export", warc.path, "--format", "json", "-o", output.path, "--no-entities"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("3 pages read; 4 records skipped (3 request, 1 warcinfo)"))
        let documents = try documents(output)
        #expect(documents.map { $0["id"] as? String } == ["news.example-0", "news.example-1", "news.example-2"])
        #expect(documents.map { $0["url"] as? String } == ["https://news.example/0", "https://news.example/1", "https://news.example/2"])
        #expect((documents[2]["text"] as? String)?.hasPrefix("La tempête Ciarla a privé d'électricité") == true)
    }

    @Test func truncatedWARCFailsUnlessSkipInvalid() throws {
        let folder = try Fixtures.temporaryFolder("web-e2e")
        let warc = folder.appendingPathComponent("cut.warc")
        let data = try crawl().plain
        try data.prefix(data.count - 300).write(to: warc)
        let output = folder.appendingPathComponent("cut.json")
        let failed = try BinaryRunner.run(["export", warc.path, "--format", "json", "-o", output.path, "--no-entities"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("cut.warc: byte "))
        #expect(failed.stderr.contains("the record is truncated"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let skipped = try BinaryRunner.run(["export", warc.path, "--format", "json", "-o", output.path, "--no-entities", "--skip-invalid"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(try documents(output).count == 2)
    }
}
