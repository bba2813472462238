import Foundation

/// Loads the documents after the one asked for on every core while the caller works on it, for
/// stores whose bodies are parsed again when an exporter asks (a WARC's pages past
/// `ExtractedPageCache`): an exporter walks the store in order, one body at a time, and each
/// reload is a parse.
///
/// Prefetching starts only when requests come in order (index `i` right after `i - 1`); at most
/// `window` documents are loaded ahead, so memory stays flat. A prefetched result is handed out
/// once, to the request for its index; its error, if any, is thrown then, as loading it there
/// would have. The documents are those `base` loads, so output does not change; only the time.
/// Safe from several threads (extraction loads in parallel: those requests are not in order and
/// are loaded where they are asked, or take a prefetched result when one is there).
struct PrefetchingLoader: DocumentLoader {
    let base: any DocumentLoader
    let count: Int
    private let state: State

    init(_ base: any DocumentLoader, count: Int, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.base = base
        self.count = count
        state = State(window: threads > 1 ? 4 * threads : 0)
    }

    func loadDocument(at index: Int) throws -> Document {
        if let slot = state.claim(index, count: count, base: base) {
            slot.done.wait()
            // The semaphore orders the worker's write before this read.
            guard let result = slot.result else { return try base.loadDocument(at: index) }
            return try result.get()
        }
        return try base.loadDocument(at: index)
    }

    /// One document being loaded ahead.
    final class Slot: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var result: Result<Document, any Error>?
    }

    final class State: @unchecked Sendable {
        let window: Int
        private let lock = NSLock()
        private var slots: [Int: Slot] = [:]
        private var last = -2
        private let queue = DispatchQueue(label: "newskit.prefetching-loader", attributes: .concurrent)

        init(window: Int) {
            self.window = window
        }

        /// The slot prefetched for `index`, if any; when requests come in order, the next
        /// `window` documents are started first.
        func claim(_ index: Int, count: Int, base: any DocumentLoader) -> Slot? {
            guard window > 0 else { return nil }
            lock.lock()
            defer { lock.unlock() }
            let slot = slots.removeValue(forKey: index)
            if index == last + 1 {
                // Results never asked for (the caller stopped, or skipped) are dropped.
                if slots.count > 2 * window { slots.removeAll() }
                for ahead in (index + 1)..<min(index + 1 + window, count) where slots[ahead] == nil {
                    let next = Slot()
                    slots[ahead] = next
                    queue.async {
                        next.result = Result { try base.loadDocument(at: ahead) }
                        next.done.signal()
                    }
                }
            }
            last = index
            return slot
        }
    }
}
