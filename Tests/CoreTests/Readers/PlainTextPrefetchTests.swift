@testable import Core
import Foundation
import Testing
import TestSupport

/// Text files are read and parsed ahead, a batch at a time on every core; the corpus and the
/// warnings must come out as if each file had been read in turn.
@Suite struct PlainTextPrefetchTests {
    @Test func aFolderOfManyBatchesReadsInOrderWithItsWarningsInOrder() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 2 * PlainTextPrefetch.batchSize + 17
        var damaged: [String] = []
        for n in 0..<count {
            let name = String(format: "%04d.txt", n)
            var bytes = Data("Headline \(n)\n\nStory number \(n) from the capital.\n".utf8)
            if n % 97 == 3 {
                bytes.append(contentsOf: [0xFF, 0x0A]) // invalid UTF-8: one warning naming the file
                damaged.append(folder.appendingPathComponent(name).path)
            }
            if n == 300 { bytes = Data() } // empty: skipped with a warning, in its place
            try bytes.write(to: folder.appendingPathComponent(name))
        }
        let diagnostics = DiagnosticCollector()
        let corpus = try CorpusReader(context: ReadContext(diagnostics: diagnostics)).read(paths: [folder.path])
        let ids = corpus.documents.headers.map(\.id)
        #expect(ids == (0..<count).filter { $0 != 300 }.map { String(format: "%04d", $0) })
        let document = try corpus.documents.document(at: 5)
        #expect(document.title == "Headline 5" && document.text == "Story number 5 from the capital.")
        let warned = diagnostics.diagnostics.map(\.location).filter { $0.hasPrefix(folder.path) }
        let expected = (damaged + [folder.appendingPathComponent("0300.txt").path]).sorted()
        #expect(Array(NSOrderedSet(array: warned)) as? [String] == expected, "warnings out of file order")
    }
}
