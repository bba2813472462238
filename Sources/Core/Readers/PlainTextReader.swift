import Foundation

/// Reads plain-text articles (`.txt`, or any file that is not another format): see
/// `PlainTextArticle` for the rules. One file is one document, id = the file stem.
public struct PlainTextReader: Reader {
    public let name = "plain text"

    public init() {}

    /// The extensions this reader claims in a folder.
    static let extensions: Set<String> = ["txt", "text"]

    public func accepts(_ input: Input, prefix: Data) -> Bool {
        // Not extensionless files: in a folder those are scripts, licences, plugins. A file
        // named on the command line is read as text anyway (`CorpusReader`'s fallback).
        Self.extensions.contains(input.pathExtension)
    }

    public func read(_ input: Input, context: ReadContext) throws -> Corpus {
        let document = try PlainTextReader.document(input, context: context)
        guard input.url != nil else { return Corpus(documents: [document]) }
        var batch = PlainTextBatch()
        try batch.add(document)
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
