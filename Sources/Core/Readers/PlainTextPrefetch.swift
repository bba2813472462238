import Foundation

/// Reads and parses the small text files of a folder ahead of `CorpusReader`, a batch at a time
/// on every core, so the reading loop only sniffs, checks and stores (a 22,250-file folder spent
/// half its reading time in `PlainTextReader.document`, one file after another).
///
/// What comes out is exactly what the loop would have made itself: the file's bytes (the same
/// preload it did before: small files with a text extension, read whole once) and, for those,
/// the document parsed from them with its diagnostics held back, to be replayed in file order
/// when the loop takes the document. A file the loop reads another way (sniffed as HTML, say)
/// just drops its parse. Parsing is a pure function of the bytes, so the corpus is the same for
/// any number of cores.
struct PlainTextPrefetch {
    /// One file read and parsed ahead.
    struct File {
        /// The whole file, or nil when it is not a small text file (or could not be preloaded).
        var data: Data?
        fileprivate var parsed: Result<Document, any Error>?
        fileprivate var diagnostics: [Diagnostic] = []

        /// The parsed document, its diagnostics first reported to `sink` in the order they arose.
        /// - Throws: what `PlainTextReader.document` threw.
        func document(replayingTo sink: any DiagnosticSink) throws -> Document? {
            guard let parsed else { return nil }
            for diagnostic in diagnostics { sink.report(diagnostic) }
            return try parsed.get()
        }
    }

    /// Files per batch: enough to keep every core busy, few enough that memory stays small
    /// (at most `batchSize` small files' bytes and documents at a time).
    static let batchSize = 256

    private let planned: [(input: Input, size: Int64)]
    private let context: ReadContext
    private var batch: [File?] = []
    private var batchStart = 0

    init(planned: [(input: Input, size: Int64)], context: ReadContext) {
        self.planned = planned
        self.context = context
    }

    /// File `index` (taken in increasing order), read ahead with the rest of its batch.
    mutating func take(_ index: Int) -> File? {
        if index < batchStart || index >= batchStart + batch.count { fill(from: index) }
        let file = batch[index - batchStart]
        batch[index - batchStart] = nil // its bytes and document go to the reader, not kept here
        return file
    }

    private mutating func fill(from start: Int) {
        let end = min(start + Self.batchSize, planned.count)
        let slots = UnsafeMutableBufferPointer<File?>.allocate(capacity: end - start)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        let (planned, context) = (self.planned, self.context)
        // Each iteration writes only its own slot.
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: end - start) { offset in
            shared[offset] = Self.read(planned[start + offset], context: context)
        }
        batch = Array(slots)
        batchStart = start
    }

    private static func read(_ file: (input: Input, size: Int64), context: ReadContext) -> File? {
        var input = file.input
        guard input.url != nil, input.displayPath != "-", file.size <= CorpusReader.preloadLimit,
              PlainTextReader.extensions.contains(input.pathExtension) else { return nil }
        // A small text file is read once, whole: sniffing its first bytes and then reading it
        // opened every file twice. Any failure leaves it to the usual path and errors.
        guard let data = InputBytes.preload(input, size: file.size) else { return File(data: nil) }
        input.data = data
        let collector = DiagnosticCollector()
        var fileContext = context
        fileContext.diagnostics = collector
        let parsed = Result { try PlainTextReader.document(input, context: fileContext) }
        return File(data: data, parsed: parsed, diagnostics: collector.diagnostics)
    }
}
