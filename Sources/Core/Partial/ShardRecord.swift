import Foundation

/// One record of a shard as a distributed job hands it to `newskit extract --records`: a line of
/// a JSONL input, or a whole input file (inline or by path), with where it sits in the corpus.
///
///     {"input":0,"path":"feeds/a.jsonl","line":12,"text":"{\"id\":\"x\",\"text\":\"…\"}"}
///     {"input":0,"path":"samples/000.txt","data":"<base64 of the file>"}
///     {"input":0,"path":"samples/000.txt","file":"/data/samples/000.txt"}
///
/// `path` is the path `newskit export` would display for the file (it names documents'
/// origins and `FILE:LINE` ids), `input` the position of its command-line input. A file record
/// is read as a file found in a folder (unknown formats skipped) unless `explicit` is true.
/// Documented in contrib/spark/README.md.
public struct ShardRecord: Codable, Sendable, Equatable {
    public var input: Int
    public var path: String
    /// For a JSONL line: its 1-based number and its text.
    public var line: Int?
    public var text: String?
    /// For a whole file: its bytes (base64) or a path this process can open.
    public var data: String?
    public var file: String?
    public var explicit: Bool?

    /// The documents this record holds, with their orders (none for a blank line or a file no
    /// reader claims).
    /// - Throws: `ReadError` naming the path and line; `PartialError` for a record that is neither kind.
    public func documents(reader: CorpusReader, location: String) throws -> [(Document, DocumentOrder)] {
        if let line, let text { return try lineDocuments(line: line, text: text, context: reader.context) }
        let input: Input
        if let data {
            guard let bytes = Data(base64Encoded: data) else {
                throw PartialError.badRecord(location: location, reason: "\"data\" is not base64")
            }
            input = Input(displayPath: path, url: nil, data: bytes)
        } else if let file {
            input = Input(displayPath: path, url: URL(fileURLWithPath: file))
        } else {
            throw PartialError.badRecord(location: location, reason: "a shard record needs \"line\" and \"text\", \"data\" or \"file\"")
        }
        guard let corpus = try reader.readOne(input, explicit: explicit ?? false) else { return [] }
        let orders = DocumentOrder.orders(of: corpus.documents, input: self.input)
        return try zip(corpus.documents.loadAll(), orders).map { ($0, $1) }
    }

    /// Reads a JSONL line as `JSONLReader` reads line `line` of the file at `path`.
    private func lineDocuments(line: Int, text: String, context: ReadContext) throws -> [(Document, DocumentOrder)] {
        var bytes = Array(text.utf8)
        let location = "\(path):\(line)"
        do {
            guard bytes.count <= context.options.maxDocumentBytes else {
                throw ReadError.lineTooLong(location: location, limit: context.options.maxDocumentBytes)
            }
            return try bytes.withUnsafeMutableBytes { buffer in
                let raw = UnsafeRawBufferPointer(buffer)
                guard !JSONLines.isBlank(raw) else { return [] }
                let document = try JSONLReader.document(
                    line: raw, range: LineRange(offset: 0, length: raw.count, number: line),
                    input: Input(displayPath: path, url: nil), diagnostics: context.diagnostics)
                return [(document, DocumentOrder(input: input, path: path, record: line))]
            }
        } catch let error as ReadError where context.options.skipInvalid {
            context.diagnostics.warn("skipped: \(error)", at: location)
            return []
        }
    }
}
