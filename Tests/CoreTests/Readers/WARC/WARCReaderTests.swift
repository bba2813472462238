@testable import Core
import Foundation
import Testing
import TestSupport

@Suite struct WARCReaderTests {
    static let fireURL = "https://www.coastalherald.example/news/2024/03/05/port-callow-harbour-fire"
    static let museumURL = "https://culturenotes.example/2023/09/14/lindqvist-museum-reopens/"

    /// A crawl: warcinfo, request, two pages, an image, a redirect and a metadata record.
    func crawl() throws -> WARCBuilder {
        var builder = WARCBuilder()
        builder.warcinfo()
        builder.request(Self.fireURL)
        try builder.response(Self.fireURL, body: try Fixtures.htmlPage("harbour-fire.html"))
        try builder.response("https://www.coastalherald.example/img/fire.jpg", body: Data([0xFF, 0xD8, 0xFF, 0xE0]), contentType: "image/jpeg")
        try builder.response("https://www.coastalherald.example/old", body: Data("moved".utf8), status: 301)
        builder.append(type: "metadata", url: Self.fireURL, date: "2024-03-06T10:00:00Z", contentType: "application/warc-fields", block: Data("via: x\r\n".utf8))
        try builder.response(Self.museumURL, body: try Fixtures.htmlPage("museum-reopens.html"), date: "2024-03-07T11:30:00Z")
        return builder
    }

    func read(_ data: Data, name: String, options: ReadOptions = ReadOptions(), diagnostics: DiagnosticCollector = DiagnosticCollector()) throws -> Corpus {
        let folder = try Fixtures.temporaryFolder("warc")
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return try WARCReader().read(Input(displayPath: name, url: url), context: ReadContext(options: options, diagnostics: diagnostics))
    }

    @Test func htmlResponsesBecomeDocumentsAndTheRestIsCounted() throws {
        let diagnostics = DiagnosticCollector()
        let corpus = try read(try crawl().plain, name: "crawl.warc", diagnostics: diagnostics)
        #expect(corpus.documents.headers.map(\.id) == [
            "coastalherald.example-news-2024-03-05-port-callow-harbour-fire", "culturenotes.example-2023-09-14-lindqvist-museum-reopens"])
        let fire = try corpus.documents.document(at: 0)
        #expect(fire.url == Self.fireURL)
        #expect(fire.title == "Fire at Port Callow harbour destroys three fishing boats")
        #expect(fire.text.hasPrefix("A fire that broke out on the east quay"))
        #expect(fire.metadata["warc_record_id"] == .string("<urn:uuid:00000000-0000-4000-8000-000000000003>"))
        #expect(diagnostics.diagnostics.map(\.description) == [
            "note: crawl.warc: 2 pages read; 5 records skipped (1 metadata, 1 non-200 response, 1 non-HTML response, 1 request, 1 warcinfo)"])
    }

    @Test func gzippedMembersReadTheSameAndReloadByOffset() throws {
        let plain = try read(try crawl().plain, name: "crawl.warc")
        let gzipped = try read(try crawl().gzipped(), name: "crawl.warc.gz")
        #expect(gzipped.documents.headers.map(\.id) == plain.documents.headers.map(\.id))
        for index in 0..<2 {
            let fromGzip = try gzipped.documents.document(at: index)
            #expect(fromGzip.text == (try plain.documents.document(at: index)).text)
            #expect(fromGzip.origin?.path == "crawl.warc.gz")
        }
        // The offset points at the record's own gzip member: the 7th of 8 records.
        let members = try crawl().records.prefix(6).reduce(0) { $0 + (try WARCBuilder.gzip($1)).count }
        #expect(try gzipped.documents.document(at: 1).metadata["warc_offset"] == .number(Double(members)))
    }

    @Test func warcDateStandsInWhenThePageHasNone() throws {
        var builder = WARCBuilder()
        try builder.response("http://town.example/a", body: Data("<html><body><h1>Bridge closes</h1><p>The bridge closed on Monday for repairs that will last a month.</p></body></html>".utf8), date: "2024-05-01T08:00:00Z")
        let document = try read(builder.plain, name: "a.warc").documents.document(at: 0)
        #expect(document.date == "2024-05-01T08:00:00Z")
        #expect(document.title == "Bridge closes")
    }

    @Test func chunkedAndGzipEncodedBodiesAreDecoded() throws {
        var builder = WARCBuilder()
        let page = try Fixtures.htmlPage("rail-strike.html")
        try builder.response("https://norlanddaily.example/a", body: page, chunked: true)
        try builder.response("https://norlanddaily.example/b", body: page, gzipBody: true)
        try builder.response("https://norlanddaily.example/c", body: page, chunked: true, gzipBody: true)
        let corpus = try read(try builder.gzipped(), name: "enc.warc.gz")
        let texts = try corpus.documents.loadAll().map(\.text)
        #expect(texts.count == 3)
        #expect(Set(texts).count == 1)
        #expect(texts[0].hasPrefix("Members of the Norland Transport Union"))
    }

    @Test func charsetFromTheHTTPHeaderIsUsed() throws {
        var builder = WARCBuilder()
        let body = Data("<html><body><p>Gr".utf8) + Data([0xFC, 0xDF, 0x65]) + Data(" aus der Stadt am Fluss, die viele alte Br".utf8) + Data([0xFC, 0x63, 0x6B, 0x65, 0x6E]) + Data(" hat.</p></body></html>".utf8)
        try builder.response("http://de.example/", body: body, contentType: "text/html; charset=ISO-8859-1")
        #expect(try read(builder.plain, name: "de.warc").documents.document(at: 0).text.hasPrefix("Grüße aus der Stadt"))
    }

    @Test func truncatedRecordNamesTheFileAndOffset() throws {
        let data = try crawl().plain
        let lastStart = try crawl().records.dropLast().reduce(0) { $0 + $1.count }
        let cut = data.prefix(data.count - 500)
        #expect {
            _ = try read(cut, name: "cut.warc")
        } throws: { error in
            "\(error)".hasPrefix("cut.warc: byte \(lastStart): the record is truncated: Content-Length says")
        }
    }

    @Test func skipInvalidKeepsTheRecordsBeforeATruncation() throws {
        var options = ReadOptions()
        options.skipInvalid = true
        let diagnostics = DiagnosticCollector()
        let data = try crawl().gzipped()
        let corpus = try read(data.prefix(data.count - 200), name: "cut.warc.gz", options: options, diagnostics: diagnostics)
        #expect(corpus.documents.count == 1)
        #expect(diagnostics.diagnostics.contains { $0.message.contains("stopped reading this file") && $0.message.contains("truncated") })
    }

    @Test func truncatedGzipIsAnError() throws {
        let data = try crawl().gzipped()
        #expect {
            _ = try read(data.prefix(data.count - 200), name: "cut.warc.gz")
        } throws: { error in
            "\(error)".contains("cut.warc.gz: byte") && "\(error)".contains("truncated")
        }
    }

    @Test func garbageInsteadOfARecordIsAnError() throws {
        var builder = try crawl()
        builder.append(type: "response", url: nil, date: "2024-03-06T10:00:00Z", contentType: "text/plain", block: Data())
        var data = builder.plain
        let start = data.count - (builder.records.last?.count ?? 0)
        data.replaceSubrange(start..<(start + 8), with: Data("HTTP/1.1".utf8))
        #expect {
            _ = try read(data, name: "bad.warc")
        } throws: { error in
            "\(error)".contains("bad.warc: byte \(start): expected a WARC record")
        }
    }

    @Test func damagedPayloadIsSkippedWithSkipInvalid() throws {
        var builder = WARCBuilder()
        builder.append(type: "response", url: "http://a.example/", date: "2024-03-06T10:00:00Z", contentType: "application/http; msgtype=response",
                       block: Data("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nff\r\n<html>short".utf8))
        try builder.response("http://b.example/", body: try Fixtures.htmlPage("trade-talks.html"))
        #expect {
            _ = try read(builder.plain, name: "p.warc")
        } throws: { error in
            "\(error)".hasPrefix("p.warc: byte 0: malformed chunked transfer encoding")
        }
        var options = ReadOptions()
        options.skipInvalid = true
        let corpus = try read(builder.plain, name: "p.warc", options: options)
        #expect(corpus.documents.headers.map(\.id) == ["b.example"])
    }

    @Test func theSameURLTwiceGetsDistinctIDs() throws {
        var builder = WARCBuilder()
        let page = try Fixtures.htmlPage("trade-talks.html")
        try builder.response("https://globalledger.example/world/talks", body: page)
        try builder.response("https://globalledger.example/world/talks", body: page)
        let ids = try read(builder.plain, name: "twice.warc").documents.headers.map(\.id)
        #expect(ids.count == 2)
        #expect(ids[0] == "globalledger.example-world-talks")
        #expect(ids[1].hasPrefix("globalledger.example-world-talks-") && ids[1].count == ids[0].count + 9)
    }

    @Test func aWARCCompressedAsOneStreamStillReads() throws {
        let corpus = try read(try WARCBuilder.gzip(try crawl().plain), name: "one.warc.gz")
        #expect(corpus.documents.count == 2)
        #expect(try corpus.documents.document(at: 1).title == "Lindqvist Museum reopens after four-year restoration")
    }

    @Test func standardInputIsSniffed() throws {
        let data = try crawl().gzipped()
        let reader = WARCReader()
        #expect(reader.accepts(Input(displayPath: "-", url: nil), prefix: data.prefix(4096)))
        #expect(!reader.accepts(Input(displayPath: "x.gz", url: nil), prefix: try WARCBuilder.gzip(Data("hello".utf8))))
        let corpus = try reader.read(Input(displayPath: "-", url: nil, data: data), context: ReadContext())
        #expect(corpus.documents.count == 2)
    }
}

/// Pages parsed on several threads read exactly as one at a time: documents, ids, warnings and
/// their order, and the records a damaged payload or a page without text leaves out.
@Suite struct WARCParallelReadTests {
    func crawl() throws -> Data {
        var builder = WARCBuilder()
        builder.warcinfo()
        for index in 0..<30 {
            let url = "https://paper.example/news/\(index % 7)"
            switch index % 6 {
            case 1:
                builder.append(type: "response", url: url, date: "2024-03-06T10:00:00Z", contentType: "application/http; msgtype=response",
                               block: Data("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nff\r\n<html>short".utf8))
            case 2:
                try builder.response(url, body: Data("<html><body><div></div></body></html>".utf8))
            case 3:
                let page = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u{e9} \(index) opens</title></head><body><p>The caf\u{e9} on the square opened its doors on Monday after a year of work by the town.</p></body></html>"
                try builder.response(url, body: Data(page.utf8))
            default:
                try builder.response(url, body: try Fixtures.htmlPage(["harbour-fire.html", "rail-strike.html", "trade-talks.html"][index % 3]))
            }
        }
        return try builder.gzipped()
    }

    @Test func severalThreadsReadAsOne() throws {
        let url = try Fixtures.temporaryFolder("warc-parallel").appendingPathComponent("crawl.warc.gz")
        try crawl().write(to: url)
        var options = ReadOptions()
        options.skipInvalid = true
        var reads: [(ids: [String], texts: [String], warnings: [String])] = []
        for threads in [1, 4] {
            let diagnostics = DiagnosticCollector()
            let corpus = try WARCReader().read(Input(displayPath: "crawl.warc.gz", url: url), context: ReadContext(options: options, diagnostics: diagnostics), threads: threads)
            reads.append((corpus.documents.headers.map(\.id), try corpus.documents.loadAll().map(\.text), diagnostics.diagnostics.map(\.description)))
        }
        #expect(reads[0].ids.count == 20)
        #expect(Set(reads[0].ids).count == 20)
        #expect(reads[0].warnings.filter { $0.contains("record skipped") }.count == 5)
        #expect(reads[0].warnings.contains { $0.contains("5 HTML without text") })
        // Each page lost is named, with its URL and offset.
        #expect(reads[0].warnings.filter { $0.hasPrefix("warning: crawl.warc.gz: byte ") && $0.contains("no article text or title found in the page https://paper.example/news/") }.count == 5)
        #expect(reads[1].ids == reads[0].ids)
        #expect(reads[1].texts == reads[0].texts)
        #expect(reads[1].warnings == reads[0].warnings)
    }

    @Test func aDamagedPayloadStopsTheReadAsItDidOneAtATime() throws {
        let url = try Fixtures.temporaryFolder("warc-parallel").appendingPathComponent("crawl.warc")
        var builder = WARCBuilder()
        for index in 0..<12 { try builder.response("https://paper.example/\(index)", body: try Fixtures.htmlPage("harbour-fire.html")) }
        builder.append(type: "response", url: "https://paper.example/bad", date: "2024-03-06T10:00:00Z", contentType: "application/http; msgtype=response",
                       block: Data("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nff\r\n<html>short".utf8))
        try builder.response("https://paper.example/last", body: try Fixtures.htmlPage("harbour-fire.html"))
        try builder.plain.write(to: url)
        for threads in [1, 4] {
            #expect {
                _ = try WARCReader().read(Input(displayPath: "crawl.warc", url: url), context: ReadContext(), threads: threads)
            } throws: { error in
                "\(error)".contains("malformed chunked transfer encoding")
            }
        }
    }
}

/// The byte source across every chunk boundary: tiny chunks must read exactly like large ones.
@Suite struct WARCChunkBoundaryTests {
    @Test(arguments: [1, 7, 64, 4096]) func tinyChunksReadTheSame(chunkSize: Int) throws {
        var builder = WARCBuilder()
        builder.warcinfo()
        for page in ["harbour-fire.html", "rail-strike.html", "storm-shutters.xhtml"] {
            try builder.response("https://x.example/\(page)", body: try Fixtures.htmlPage(page), gzipBody: page == "rail-strike.html")
        }
        let folder = try Fixtures.temporaryFolder("warc-chunks")
        for (name, data) in [("c.warc", builder.plain), ("c.warc.gz", try builder.gzipped())] {
            let url = folder.appendingPathComponent(name)
            try data.write(to: url)
            let input = Input(displayPath: name, url: url)
            let small = try WARCReader(chunkSize: chunkSize).read(input, context: ReadContext())
            let large = try WARCReader().read(input, context: ReadContext())
            #expect(small.documents.count == 3)
            #expect(try small.documents.loadAll() == large.documents.loadAll())
        }
    }
}

@Suite struct HTTPResponseTests {
    @Test func brotliBodiesAreRefusedByName() {
        let block = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\n".utf8) + [0x1B, 0x03, 0x00]
        #expect(throws: HTTPResponse.Failure.undecodable(encoding: "br", reason: "newskit decodes gzip and deflate only")) {
            _ = try HTTPResponse(parsing: block)
        }
    }

    @Test func bodiesStoredDecodedDespiteTheirHeadersAreKept() throws {
        let block = Array("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n<html><p>plain</p></html>".utf8)
        let response = try HTTPResponse(parsing: block)
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == "<html><p>plain</p></html>")
    }
}
