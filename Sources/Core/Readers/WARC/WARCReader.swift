import Foundation

/// Reads web archives (ISO 28500 WARC 1.0/1.1, `.warc` or `.warc.gz` with one gzip member per
/// record, or any file starting with a WARC record): each HTML page a `response` or `resource`
/// record holds becomes a document (see `WARCPage`; ids from `WARCDocumentID`). Other records
/// are skipped and counted in one note per file.
///
/// Streaming: records are read one at a time and only document headers stay in memory, with
/// the file offset of their record; an exporter's request for a body reads that one record
/// again. (Records that cannot be reached by offset alone, in a `.warc.gz` compressed as one
/// stream, or any record from standard input, keep their extracted document in memory instead.)
///
/// Errors: a malformed or truncated record stops the read with a `ReadError` naming the file and
/// byte offset. With `--skip-invalid`, a record whose HTTP payload is damaged is skipped with a
/// warning and reading goes on; damage to the record framing (header, length, gzip data) ends the
/// read with a warning, keeping the documents before it.
public struct WARCReader: Reader {
    public let name = "WARC"

    /// Bytes read from the file at a time (tests use tiny chunks to cross every boundary).
    let chunkSize: Int

    public init() {
        chunkSize = WARCByteSource.defaultChunkSize
    }

    init(chunkSize: Int) {
        self.chunkSize = chunkSize
    }

    public func accepts(_ input: Input, prefix: Data) -> Bool {
        let path = input.displayPath.lowercased()
        if path.hasSuffix(".warc") || path.hasSuffix(".warc.gz") { return true }
        if prefix.starts(with: Array("WARC/1.".utf8)) { return true }
        guard prefix.starts(with: [0x1F, 0x8B]), let inflater = try? GzipInflater() else { return false }
        var output: [UInt8] = []
        _ = try? inflater.inflate(Array(prefix), into: &output)
        return output.starts(with: Array("WARC/1.".utf8))
    }

    public func read(_ input: Input, context: ReadContext) throws -> Corpus {
        try read(input, context: context, threads: ProcessInfo.processInfo.activeProcessorCount)
    }

    /// Reads `input`, parsing pages on `threads` threads (1: on this one). Records are read in
    /// order on this thread; each page's parse runs on a worker and is taken back in record
    /// order with its diagnostics (`OrderedWorkers`), so the corpus and the warnings are those
    /// of a one-record-at-a-time read, and at most the workers' window of records is in memory.
    func read(_ input: Input, context: ReadContext, threads: Int) throws -> Corpus {
        var state = ReadState(keepInMemory: input.url == nil)
        let records = WARCRecordReader(source: try WARCByteSource(input, chunkSize: chunkSize))
        let workers = OrderedWorkers<WARCPage.Outcome>(threads: threads)
        var submitted: [WARCRecord] = []
        let (options, displayPath) = (context.options, input.displayPath)
        /// Takes the oldest parse back and adds its page; a damaged payload is skipped with a
        /// warning under --skip-invalid and stops the read otherwise.
        func takeOldest() throws {
            guard let outcome = workers.takeOldest() else { return }
            let record = submitted.removeFirst()
            do {
                state.take(try outcome.get(reporting: context.diagnostics), record: record, input: input)
            } catch let payload as WARCPage.PayloadError {
                guard context.options.skipInvalid else { throw payload.error }
                state.invalid += 1
                context.diagnostics.warn("record skipped (--skip-invalid): \(payload.error)")
            }
        }
        while true {
            let record: WARCRecord, bytes: [UInt8], location: String
            do {
                guard let next = try records.next() else { break }
                if let reason = WARCPage.skipReason(next, context: context) {
                    state.skipped[reason, default: 0] += 1
                    continue
                }
                (record, bytes, location) = (next, try records.readBlock(), records.location(next))
            } catch {
                // The framing is damaged. Records before the damage come first: one of them may
                // fail on its own, and with --skip-invalid their pages are kept.
                while workers.pending > 0 { try takeOldest() }
                guard let error = error as? ReadError, context.options.skipInvalid else { throw error }
                context.diagnostics.warn("stopped reading this file (--skip-invalid), keeping the \(state.headers.count) page\(state.headers.count == 1 ? "" : "s") before: \(error)")
                break
            }
            if workers.isFull { try takeOldest() }
            workers.submit { sink in
                try WARCPage.outcome(record, block: { bytes }, location: location, displayPath: displayPath, context: ReadContext(options: options, diagnostics: sink))
            }
            submitted.append(record)
        }
        while workers.pending > 0 { try takeOldest() }
        state.reportSkipped(input.displayPath, diagnostics: context.diagnostics)
        // No pages: the note above says what the records were; the corpus reader decides whether
        // nothing at all was read.
        guard !state.headers.isEmpty else { return Corpus.empty }
        if state.entries.allSatisfy({ if case .memory = $0 { true } else { false } }) {
            return Corpus(documents: state.entries.compactMap { if case .memory(let document) = $0 { document } else { nil } })
        }
        // Bodies past the extracted-page cache are parsed again when asked for: ahead, on every core.
        let loader = Loader(input: input, entries: state.entries, options: context.options, chunkSize: chunkSize)
        return Corpus(documents: DocumentStore(headers: state.headers.finish(), loader: PrefetchingLoader(loader, count: state.entries.count)))
    }

    /// How a document's body is found again.
    enum Entry: Sendable {
        case reopen(offset: UInt64)
        case memory(Document)
    }

    /// What one pass over a file has gathered.
    struct ReadState {
        var keepInMemory: Bool
        var headers = HeaderTable.Builder()
        var entries: [Entry] = []
        var skipped: [String: Int] = [:]
        var invalid = 0
        var seenIDs = Set<String>()

        mutating func take(_ outcome: WARCPage.Outcome, record: WARCRecord, input: Input) {
            switch outcome {
            case .skipped(let reason):
                skipped[reason, default: 0] += 1
            case .page(var document):
                document.id = WARCDocumentID.disambiguate(document.id, recordID: record.recordID, seen: &seenIDs)
                headers.append(DocumentHeader(document))
                if !keepInMemory, let offset = record.reopenOffset {
                    entries.append(.reopen(offset: offset))
                    if let path = input.url?.path { ExtractedPageCache.shared.store(document, key: "\(path)@\(offset)") }
                } else {
                    entries.append(.memory(document))
                }
            }
        }

        func reportSkipped(_ path: String, diagnostics: any DiagnosticSink) {
            let total = skipped.values.reduce(0, +)
            guard total > 0 else { return }
            let parts = skipped.keys.sorted().map { "\(skipped[$0] ?? 0) \($0)" }
            diagnostics.report(Diagnostic(.note, location: path, "\(headers.count) page\(headers.count == 1 ? "" : "s") read; \(total) record\(total == 1 ? "" : "s") skipped (\(parts.joined(separator: ", ")))"))
        }
    }

    /// Reads one record again from its offset when an exporter needs the body.
    private struct Loader: DocumentLoader {
        let input: Input
        let entries: [Entry]
        let options: ReadOptions
        let chunkSize: Int

        func loadDocument(at index: Int) throws -> Document {
            switch entries[index] {
            case .memory(let document):
                return document
            case .reopen(let offset):
                if let path = input.url?.path, let document = ExtractedPageCache.shared.take("\(path)@\(offset)") { return document }
                // Small chunks: one record is wanted, not the next quarter megabyte of the file.
                let records = WARCRecordReader(source: try WARCByteSource(input, offset: offset, chunkSize: min(chunkSize, 16 << 10)), baseOffset: offset)
                let context = ReadContext(options: options)
                guard let record = try records.next(),
                      case .page(let document) = try WARCPage.outcome(record, block: records.readBlock, location: records.location(record), displayPath: input.displayPath, context: context) else {
                    throw ReadError.changedSinceRead(path: input.displayPath)
                }
                return document
            }
        }
    }
}
