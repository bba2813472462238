import Core
import Foundation
import Testing
import TestSupport

/// A folder of pages is parsed ahead on every core, yet reads exactly as one file at a time.
@Suite struct HTMLLookaheadTests {
    /// 24 files: pages, pages that warn, an empty page, a page without text, and plain text
    /// files between them (read by another reader, in their place).
    func folder() throws -> URL {
        let folder = try Fixtures.temporaryFolder("html-lookahead")
        for index in 0..<24 {
            let name = String(format: "%02d", index)
            switch index % 6 {
            case 1:
                let page = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u{e9} \(index) opens</title></head><body><p>The caf\u{e9} on the square opened its doors on Monday after a year of work.</p></body></html>"
                try Data(page.utf8).write(to: folder.appendingPathComponent("\(name).html"))
            case 2:
                try Data().write(to: folder.appendingPathComponent("\(name).html"))
            case 3:
                try Data("<html><body><div></div></body></html>".utf8).write(to: folder.appendingPathComponent("\(name).htm"))
            case 4:
                try Data("Ferry returns\n\nThe ferry to the island runs again from Monday, the council said.\n".utf8).write(to: folder.appendingPathComponent("\(name).txt"))
            default:
                let fixture = ["harbour-fire.html", "rail-strike.html", "trade-talks.html", "museum-reopens.html"][index % 4]
                try Fixtures.htmlPage(fixture).write(to: folder.appendingPathComponent("\(name).html"))
            }
        }
        return folder
    }

    @Test func aFolderReadsAsItsFilesOneByOne() throws {
        let folder = try folder()
        let diagnostics = DiagnosticCollector()
        let corpus = try CorpusReader(context: ReadContext(diagnostics: diagnostics)).read(paths: [folder.path])

        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var ids: [String] = [], texts: [String] = [], warnings: [String] = []
        for file in files {
            let alone = DiagnosticCollector()
            let path = folder.appendingPathComponent(file).path
            if let part = try? CorpusReader(context: ReadContext(diagnostics: alone)).read(paths: [path]) {
                ids += part.documents.headers.map(\.id)
                texts += try part.documents.loadAll().map(\.text)
            }
            warnings += alone.diagnostics.filter { $0.severity == .warning }.map(\.description)
        }
        #expect(corpus.documents.count == 16)
        #expect(corpus.documents.headers.map(\.id) == ids)
        #expect(try corpus.documents.loadAll().map(\.text) == texts)
        #expect(diagnostics.diagnostics.filter { $0.severity == .warning }.map(\.description) == warnings)
        #expect(warnings.count == 12)
    }
}
