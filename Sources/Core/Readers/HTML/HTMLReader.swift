import Foundation

/// Reads saved web pages (`.html`, `.htm`, `.xhtml`, or any file starting with `<!doctype html`
/// or `<html`): one page is one document, id = the file stem. See `HTMLPage` for what becomes
/// the title, text and metadata, and `HTMLTextDecoder` for how the encoding is found.
///
/// Bodies stay on disk: only the header is kept, and the page is parsed again when an exporter
/// needs the text, unless `ExtractedPageCache` still holds the document read.
public struct HTMLReader: Reader {
    public let name = "HTML"

    public init() {}

    public static let extensions: Set<String> = ["html", "htm", "xhtml", "shtml"]

    public func accepts(_ input: Input, prefix: Data) -> Bool {
        HTMLReader.extensions.contains(input.pathExtension) || HTMLPage.looksLikeHTML(prefix)
    }

    public func read(_ input: Input, context: ReadContext) throws -> Corpus {
        try corpus(Result { try HTMLReader.document(input, context: context) }, input: input, context: context)
    }

    /// The corpus of one page from its extraction's result (`document(_:context:)`, which may
    /// have run on another thread: `CorpusReader` parses the pages ahead in parallel).
    /// - Throws: the extraction's `ReadError`.
    func corpus(_ extracted: Result<Document, any Error>, input: Input, context: ReadContext) throws -> Corpus {
        let document: Document
        do {
            document = try extracted.get()
        } catch is HTMLPage.NoContent {
            context.diagnostics.warn("no article text or title found in the page, skipped", at: input.displayPath)
            return Corpus.empty
        }
        guard let url = input.url else { return Corpus(documents: [document]) }
        ExtractedPageCache.shared.store(document, key: url.path)
        return Corpus(documents: DocumentStore(headers: [DocumentHeader(document)], loader: Loader(input: input, options: context.options)))
    }

    /// Reads and extracts one page: a pure function of the file's bytes and the options, safe
    /// on any thread.
    static func document(_ input: Input, context: ReadContext) throws -> Document {
        let data = try InputBytes.load(input, limit: context.options.maxDocumentBytes)
        guard !data.isEmpty else { throw ReadError.emptyInput(path: input.displayPath) }
        let origin = Origin(path: input.displayPath, sha256: Digest.sha256Hex(data))
        return try HTMLPage(data: data, id: input.stem, location: input.displayPath, origin: origin, context: context).document
    }

    private struct Loader: DocumentLoader {
        let input: Input
        let options: ReadOptions

        func loadDocument(at index: Int) throws -> Document {
            if let path = input.url?.path, let document = ExtractedPageCache.shared.take(path) { return document }
            do {
                return try HTMLReader.document(input, context: ReadContext(options: options))
            } catch is HTMLPage.NoContent {
                throw ReadError.changedSinceRead(path: input.displayPath)
            }
        }
    }
}
