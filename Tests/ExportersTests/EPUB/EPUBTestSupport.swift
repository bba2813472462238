import Core
@testable import Exporters
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TestSupport

/// Helpers for the EPUB tests: build a book in memory, unpack it with `unzip`, run outside tools.
enum EPUBTestSupport {
    /// The book for `corpus`, as bytes.
    static func book(_ corpus: Corpus, options: [String: String] = [:], sourceDate: Date = Date(timeIntervalSince1970: 1_646_006_400),
                     jobs: Int? = nil) throws -> Data {
        let sink = MemorySink()
        try EPUBExporter().export(corpus, to: .sink(sink), context: ExportContext(options: ExportOptions(options), sourceDate: sourceDate, toolVersion: "test", jobs: jobs))
        return sink.data
    }

    /// Writes `data` to a fresh folder as `name` and returns its URL.
    static func save(_ data: Data, as name: String = "book.epub") throws -> URL {
        let url = try Fixtures.temporaryFolder("newskit-epub").appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// Unpacks `epub` into a fresh folder with `unzip` and returns it.
    static func unpack(_ epub: URL) throws -> URL {
        let folder = try Fixtures.temporaryFolder("newskit-epub-unpacked")
        let result = try run("/usr/bin/unzip", ["-q", epub.path, "-d", folder.path])
        guard result.status == 0 else { throw ToolFailure(output: result.output) }
        return folder
    }

    /// The text of `path` inside the unpacked book.
    static func file(_ path: String, in folder: URL) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(path)), as: UTF8.self)
    }

    /// Every `.xhtml`, `.opf` and `.ncx` file of an unpacked book.
    static func markupFiles(in folder: URL) throws -> [URL] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("EPUB").path).sorted()
        return names.filter { $0.hasSuffix(".xhtml") || $0.hasSuffix(".opf") || $0.hasSuffix(".ncx") }
            .map { folder.appendingPathComponent("EPUB").appendingPathComponent($0) }
    }

    /// nil when `url` is well-formed XML, else the parser's complaint.
    static func xmlProblem(_ url: URL) -> String? {
        guard let parser = XMLParser(contentsOf: url) else { return "cannot open \(url.path)" }
        return parser.parse() ? nil : "\(url.lastPathComponent): \(parser.parserError.map { "\($0)" } ?? "parse failed") at line \(parser.lineNumber)"
    }

    struct ToolFailure: Error { var output: String }

    /// Runs `tool` and returns its exit status with stdout and stderr together.
    static func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A corpus of two hand-made stories plus the samples, with entities and mentions filled in.
    static func corpusWithEntities() throws -> Corpus {
        var corpus = try Fixtures.sampleCorpus()
        let kharkiv = Entity(id: "geonames:706483", type: .city, name: "Kharkiv", aliases: ["Kharkov"], geonameID: 706483,
                             latitude: 49.98081, longitude: 36.25272, countryCode: "UA", population: 1_430_885)
        let kyiv = Entity(id: "geonames:703448", type: .city, name: "Kyiv", geonameID: 703448,
                          latitude: 50.45466, longitude: 30.5238, countryCode: "UA", population: 2_797_553)
        let putin = Entity(id: "person:vladimir-putin", type: .person, name: "Vladimir Putin", aliases: ["Putin"])
        let nato = Entity(id: "org:nato", type: .org, name: "NATO")
        let ukraine = Entity(id: "geonames:690791", type: .country, name: "Ukraine", geonameID: 690791, latitude: 49.0,
                             longitude: 31.4, countryCode: "UA", featureClass: .country)
        let orphan = Entity(id: "person:nobody", type: .person, name: "Nobody Mentioned")
        corpus.entities = [kharkiv, kyiv, putin, nato, ukraine, orphan].sorted { $0.id < $1.id }
        var mentions: [Mention] = []
        try corpus.documents.forEach { document in
            for entity in [kharkiv, kyiv, putin, nato, ukraine] {
                let surface = entity.id == putin.id ? "Putin" : entity.name
                guard let range = document.text.range(of: surface) else { continue }
                let start = document.text.unicodeScalars.distance(from: document.text.unicodeScalars.startIndex, to: range.lowerBound)
                mentions.append(Mention(documentID: document.id, entityID: entity.id, text: surface, start: start,
                                        end: start + surface.unicodeScalars.count, sentence: 0))
            }
        }
        corpus.mentions = MentionStore(mentions)
        return corpus
    }
}
