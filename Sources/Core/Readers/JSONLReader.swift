import Foundation

/// Reads JSON Lines: one article object per line (see `ArticleObject` for the keys).
///
/// Streams the file in chunks and keeps only each line's byte range, so memory does not grow
/// with the file; bodies are parsed again from their line when exporters need them.
/// Ids: the `id` field, else `FILE:LINE` (file name and 1-based line number).
public struct JSONLReader: Reader {
    public let name = "JSONL"

    public init() {}

    public func accepts(_ input: Input, prefix: Data) -> Bool {
        ["jsonl", "ndjson"].contains(input.pathExtension)
    }

    public func read(_ input: Input, context: ReadContext) throws -> Corpus {
        var headers: [DocumentHeader] = []
        var ranges: [LineRange] = []
        var documents: [Document] = []
        var skipped = 0
        let keepBodies = input.url == nil
        try JSONLines.forEachLine(of: input, limit: context.options.maxDocumentBytes) { line, range in
            guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { return }
            do {
                let document = try JSONLReader.document(line: line, number: range.number, input: input, context: context)
                headers.append(DocumentHeader(document))
                ranges.append(range)
                if keepBodies { documents.append(document) }
            } catch let error as ReadError where context.options.skipInvalid {
                skipped += 1
                context.diagnostics.warn("skipped: \(error)", at: "\(input.displayPath):\(range.number)")
            }
        }
        if skipped > 0 {
            context.diagnostics.warn("\(skipped) invalid line\(skipped == 1 ? "" : "s") skipped (--skip-invalid)", at: input.displayPath)
        }
        if keepBodies { return Corpus(documents: documents) }
        return Corpus(documents: DocumentStore(headers: headers, loader: Loader(input: input, ranges: ranges, options: context.options)))
    }

    static func document(line: Data, number: Int, input: Input, context: ReadContext) throws -> Document {
        let location = "\(input.displayPath):\(number)"
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: line, options: [])
        } catch {
            throw ReadError.malformedJSON(location: location, reason: JSONLines.reason(error, line: line))
        }
        guard let article = object as? [String: Any] else {
            throw ReadError.wrongType(location: location, key: "(line)", expected: "an object", found: ArticleObject.typeName(object))
        }
        return try ArticleObject.document(
            from: article, location: location, defaultID: "\(input.fileName):\(number)",
            origin: Origin(path: input.displayPath, line: number, sha256: Digest.sha256Hex(line)),
            diagnostics: context.diagnostics)
    }

    private struct Loader: DocumentLoader {
        let input: Input
        let ranges: [LineRange]
        let options: ReadOptions

        func loadDocument(at index: Int) throws -> Document {
            let range = ranges[index]
            guard let url = input.url else { throw ReadError.changedSinceRead(path: input.displayPath) }
            let line = try JSONLines.readRange(url, offset: range.offset, length: range.length, displayPath: input.displayPath)
            return try JSONLReader.document(line: line, number: range.number, input: input, context: ReadContext(options: options))
        }
    }
}

/// Where one line sits in its file.
struct LineRange: Sendable {
    var offset: UInt64
    var length: Int
    /// 1-based line number.
    var number: Int
}
