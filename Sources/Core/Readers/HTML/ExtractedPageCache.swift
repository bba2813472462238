import Foundation

/// Pages extracted while reading, kept for the exporter's first request of their body, up to a
/// fixed number of bytes.
///
/// Readers keep only document headers and parse a page again when an exporter asks for its text
/// (flat memory for any number of pages). Parsing and extracting is nearly all of the work, so
/// doing it twice halved the speed of every HTML export. The cache keeps the first documents read
/// until it holds `capacity` bytes (later ones are not stored: exporters ask for bodies in the
/// order they were read, so the first ones are the ones asked for first, and FIFO eviction would
/// have dropped each before its turn) and gives each one back once: a folder of a few thousand
/// pages is parsed once, a crawl of 10⁵ pages still streams with memory bounded by `capacity`.
/// Output is the same either way: the document is the one extraction made.
///
/// Process-wide (a cache, not state the output depends on), behind a lock: readers and loaders
/// may run on several threads.
final class ExtractedPageCache: @unchecked Sendable {
    /// 8 MiB of extracted documents (about 1,500 news articles): what a crawl's peak memory may
    /// grow by, once.
    static let shared = ExtractedPageCache(capacity: 8 << 20)

    let capacity: Int
    private let lock = NSLock()
    private var entries: [String: (document: Document, size: Int)] = [:]
    private var bytes = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Keeps `document` under `key` (a file path, or a WARC path and record offset) when there is room.
    func store(_ document: Document, key: String) {
        let size = Self.size(of: document)
        lock.lock()
        defer { lock.unlock() }
        if let old = entries.removeValue(forKey: key) { bytes -= old.size }
        guard bytes + size <= capacity else { return }
        entries[key] = (document, size)
        bytes += size
    }

    /// The document stored under `key`, removed from the cache; nil when it was never stored or dropped.
    func take(_ key: String) -> Document? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries.removeValue(forKey: key) else { return nil }
        bytes -= entry.size
        return entry.document
    }

    /// Bytes a document holds, roughly: its strings and a fixed share for the rest.
    static func size(of document: Document) -> Int {
        document.text.utf8.count + document.id.utf8.count + (document.title?.utf8.count ?? 0) + 1024
    }
}
