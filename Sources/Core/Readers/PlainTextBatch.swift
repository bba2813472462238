/// Plain-text documents read one after another, kept as headers plus their texts in a
/// `ScratchFile` (an unlinked temporary file).
///
/// The bodies are needed twice more after reading (extraction, then the exporter): they come
/// back from the spool instead of being read and parsed again, which cost about 5% of an
/// export, while memory still holds only headers and 16 bytes a document. A file that changes
/// after it was read no longer matters: every step sees the text as first read.
struct PlainTextBatch {
    private var headers = HeaderTable.Builder()
    private var texts: ScratchFile?
    private var ranges: [Range<Int64>] = []

    /// Adds a document read from a file.
    /// - Throws: `ExportError.writeFailed` when the temporary file cannot be made or written.
    mutating func add(_ document: Document) throws {
        let spool = try texts ?? ScratchFile(name: "texts")
        texts = spool
        ranges.append(try spool.append(document.text))
        headers.append(DocumentHeader(document))
    }

    /// The documents added since the last flush, as one corpus (nil when none were).
    mutating func flush() -> Corpus? {
        guard headers.count > 0, let texts else { return nil }
        // The spool stays: later batches append to the same file, so that a folder alternating
        // text and other files costs one open file, not one per batch.
        defer {
            headers = HeaderTable.Builder()
            ranges = []
        }
        let table = headers.finish()
        return Corpus(documents: DocumentStore(headers: table, loader: Loader(headers: table, texts: texts, ranges: ranges)))
    }

    /// Gives document `i` back from its header and its spooled text: the fields a plain-text
    /// document has (`PlainTextReader.document`) are all in the header but the text.
    private struct Loader: DocumentLoader {
        let headers: HeaderTable
        let texts: ScratchFile
        let ranges: [Range<Int64>]

        func loadDocument(at index: Int) throws -> Document {
            let header = headers[index]
            return Document(id: header.id, title: header.title, date: header.date, source: header.source, url: header.url,
                            text: try texts.text(at: ranges[index]), origin: header.origin)
        }
    }
}
