@testable import Exporters
import Testing

@Suite struct PageBatchesTests {
    private struct Failure: Error, Equatable { var page: Int }

    private func entry(_ page: Int) -> ZipWriter.DeflatedEntry {
        ZipWriter.DeflatedEntry(name: "p\(page)", crc: UInt32(page), size: page, compressed: [UInt8(page % 256)])
    }

    @Test func pagesComeBackInOrderAcrossBatchesForAnyNumberOfThreads() throws {
        // 200 pages: more than `maximumPages` a batch, and some so long that they fill a batch alone.
        let pages = Array(0..<200)
        let bytes = { (page: Int) in page % 50 == 7 ? PageBatches.maximumBytes : 1000 }
        for jobs in [1, 2, 5, nil] {
            var added: [String] = []
            try PageBatches.run(pages, jobs: jobs, bytes: bytes) { entry($0) } add: { page, made in
                #expect(made.name == "p\(page)")
                added.append(made.name)
            }
            #expect(added == pages.map { "p\($0)" })
        }
    }

    @Test func theFirstFailingPageInOrderIsThrownAndLaterBatchesAreNotMade() {
        var added = 0
        #expect(throws: Failure(page: 70)) {
            try PageBatches.run(Array(0..<300), jobs: 4, bytes: { _ in 1 }) { page in
                if page == 70 || page == 71 || page == 250 { throw Failure(page: page) }
                return entry(page)
            } add: { _, _ in added += 1 }
        }
        // The first batch (64 pages) is added; the second stops at page 70.
        #expect(added == 70)
    }
}
