import Dispatch
import Foundation

/// Makes pages of the book (render, then deflate) on all cores, or on `jobs` threads, and hands
/// them to the zip in their order, a batch at a time.
///
/// A page is a pure function of its inputs and deflate's output does not depend on the thread,
/// so the book is the same bytes for any number of threads. A batch holds at most
/// `maximumPages` pages or `maximumBytes` of text (one page, however long, always fits), so
/// memory stays bounded by the batch, not by the book.
enum PageBatches {
    static let maximumPages = 64
    static let maximumBytes = 8 << 20

    /// Calls `make` for every page on worker threads and `add` with each page and its entry, in
    /// the order of `pages`, on this thread.
    /// - Parameters:
    ///   - bytes: about how much text a page holds, to size the batches.
    ///   - jobs: threads to use; nil for one per core.
    /// - Throws: the first error of `make` (in page order) or of `add`.
    static func run<Page: Sendable>(
        _ pages: [Page], jobs: Int?, bytes: (Page) -> Int,
        make: @escaping @Sendable (Page) throws -> ZipWriter.DeflatedEntry,
        add: (Page, ZipWriter.DeflatedEntry) throws -> Void
    ) throws {
        let threads = max(jobs ?? ProcessInfo.processInfo.activeProcessorCount, 1)
        var start = 0
        while start < pages.count {
            var end = start, total = 0
            while end < pages.count, end - start < maximumPages, end == start || total + bytes(pages[end]) <= maximumBytes {
                total += bytes(pages[end])
                end += 1
            }
            let batch = Array(pages[start..<end])
            let results = BatchResults(count: batch.count)
            if threads == 1 || batch.count == 1 {
                for (index, page) in batch.enumerated() { results.store(Result { try make(page) }, at: index) }
            } else {
                DispatchQueue.concurrentPerform(iterations: min(threads, batch.count)) { _ in
                    while let index = results.next() { results.store(Result { try make(batch[index]) }, at: index) }
                }
            }
            for (page, result) in zip(batch, results.take()) { try add(page, try result.get()) }
            start = end
        }
    }
}

/// One batch's entries, filled from worker threads; each thread takes the next page not yet
/// taken, so a long page does not hold up a whole share of the batch.
private final class BatchResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<ZipWriter.DeflatedEntry, any Error>?]
    private var taken = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next page index to make, or nil when every page is taken.
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard taken < slots.count else { return nil }
        taken += 1
        return taken - 1
    }

    func store(_ result: Result<ZipWriter.DeflatedEntry, any Error>, at index: Int) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    /// Every slot's result, in order (all are filled once `concurrentPerform` has returned).
    func take() -> [Result<ZipWriter.DeflatedEntry, any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0 ?? .failure(EPUBError.internalFailure("a page of the book was not made")) }
    }
}
