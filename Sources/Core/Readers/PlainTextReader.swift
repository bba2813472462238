import Foundation

/// Reads plain-text articles (`.txt`, or any file that is not another format): see
/// `PlainTextArticle` for the rules. One file is one document, id = the file stem.
public struct PlainTextReader: Reader {
    public let name = "plain text"

    public init() {}

    public func accepts(_ input: Input, prefix: Data) -> Bool {
        // Not extensionless files: in a folder those are scripts, licences, plugins. A file
        // named on the command line is read as text anyway (`CorpusReader`'s fallback).
        ["txt", "text"].contains(input.pathExtension)
    }

    public func read(_ input: Input, context: ReadContext) throws -> Corpus {
        let document = try PlainTextReader.document(input, context: context)
        guard input.url != nil else { return Corpus(documents: [document]) }
        var batch = PlainTextBatch(options: context.options)
        batch.add(document, displayPath: input.displayPath)
        return batch.flush() ?? Corpus(documents: [document])
    }

    /// Reads one file into a document (pure: the same bytes give the same document).
    static func document(_ input: Input, context: ReadContext) throws -> Document {
        let data = try InputBytes.load(input, limit: context.options.maxDocumentBytes)
        guard !data.isEmpty else { throw ReadError.emptyInput(path: input.displayPath) }
        if let offset = InputBytes.firstNUL(in: data.prefix(8192)) {
            throw ReadError.binaryInput(path: input.displayPath, offset: offset)
        }
        let raw = TextDecoding.decodeUTF8(data, location: input.displayPath, diagnostics: context.diagnostics)
        let article = PlainTextArticle(parsing: raw, boilerplate: context.options.boilerplate)
        guard !article.text.isEmpty || article.title != nil else { throw ReadError.emptyInput(path: input.displayPath) }
        return Document(
            id: input.stem, title: article.title, date: article.date, text: article.text,
            origin: Origin(path: input.displayPath, sha256: Digest.sha256Hex(data)))
    }
}

/// Plain-text documents read one after another, kept as headers plus one front-coded list of
/// paths (a folder's paths share all but their last bytes).
struct PlainTextBatch {
    let options: ReadOptions
    private var headers = HeaderTable.Builder()
    private var paths = FrontCodedStrings()

    init(options: ReadOptions) {
        self.options = options
    }

    mutating func add(_ document: Document, displayPath: String) {
        headers.append(DocumentHeader(document))
        paths.append(displayPath)
    }

    /// The documents added since the last flush, as one corpus (nil when none were).
    mutating func flush() -> Corpus? {
        guard headers.count > 0 else { return nil }
        defer {
            headers = HeaderTable.Builder()
            paths = FrontCodedStrings()
        }
        return Corpus(documents: DocumentStore(headers: headers.finish(), loader: Loader(paths: paths, options: options)))
    }

    /// Reads file `i` again when its body is needed (paths are resolved against the working
    /// folder, which does not change during a run).
    private struct Loader: DocumentLoader {
        let paths: FrontCodedStrings
        let options: ReadOptions

        func loadDocument(at index: Int) throws -> Document {
            let path = paths[index]
            let input = Input(displayPath: path, url: URL(fileURLWithPath: path))
            return try PlainTextReader.document(input, context: ReadContext(options: options))
        }
    }
}
