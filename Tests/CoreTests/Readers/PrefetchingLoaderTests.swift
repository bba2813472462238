@testable import Core
import Foundation
import Testing

@Suite struct PrefetchingLoaderTests {
    /// Loads `Document(id: "d<i>")`, failing at `broken`, and counts its calls.
    final class CountingLoader: DocumentLoader, @unchecked Sendable {
        struct Broken: Error, Equatable { var index: Int }
        let broken: Int
        private let lock = NSLock()
        private(set) var calls = 0

        init(broken: Int) { self.broken = broken }

        func loadDocument(at index: Int) throws -> Document {
            lock.lock()
            calls += 1
            lock.unlock()
            if index == broken { throw Broken(index: index) }
            return Document(id: "d\(index)", text: "Text of page \(index).")
        }
    }

    @Test(arguments: [1, 4]) func inOrderLoadsGiveTheBaseDocumentsAndErrorsAtTheirIndex(threads: Int) throws {
        let base = CountingLoader(broken: 17)
        let loader = PrefetchingLoader(base, count: 40, threads: threads)
        for index in 0..<40 {
            if index == 17 {
                #expect(throws: CountingLoader.Broken(index: 17)) { try loader.loadDocument(at: index) }
            } else {
                #expect(try loader.loadDocument(at: index).id == "d\(index)")
            }
        }
        // Each document is loaded once: prefetched results are handed out, not loaded again.
        #expect(base.calls == 40)
    }

    @Test func outOfOrderLoadsStillGiveTheirDocument() throws {
        let loader = PrefetchingLoader(CountingLoader(broken: -1), count: 30, threads: 4)
        for index in [5, 6, 7, 3, 29, 0, 1, 2, 8, 8, 20] {
            #expect(try loader.loadDocument(at: index).id == "d\(index)")
        }
    }
}
