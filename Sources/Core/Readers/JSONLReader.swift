import Foundation

/// Reads JSON Lines (`.jsonl`, `.ndjson`, and the same gzip-compressed as `.jsonl.gz`): one
/// article object per line (see `ArticleObject` for the keys).
///
/// Streams the file through `LineSplitter` and keeps, per document, only its header and its
/// line's place in the file, so memory does not grow with the size of the texts; bodies are
/// parsed again from their line when an exporter asks for them. Standard input cannot be read
/// twice, so its documents stay in memory.
/// Ids: the `id` field, else `FILE:LINE` (file name and 1-based line number).
public struct JSONLReader: Reader {
    public let name = "JSONL"

    public init() {}

    public func accepts(_ input: Input, prefix: Data) -> Bool {
        ["jsonl", "ndjson"].contains(input.pathExtension)
    }

    public func read(_ input: Input, context: ReadContext) throws -> Corpus {
        // Standard input and gzip cannot be read again at an offset: their bodies stay in memory.
        var pass = ReadPass(input: input, context: context, keepBodies: input.url == nil || input.isGzip)
        var source = try JSONLReader.source(for: input)
        let splitter = LineSplitter(limit: context.options.maxDocumentBytes, skipOverlong: context.options.skipInvalid, displayPath: input.displayPath)
        let lines = try splitter.forEachLine(
            of: &source, progress: context.progress.map { report in { report($0) } },
            overlong: { pass.skip(line: $0, ReadError.lineTooLong(location: "\(input.displayPath):\($0)", limit: context.options.maxDocumentBytes)) }
        ) { line, range in
            try pass.add(line, range)
        }
        return try pass.finish(lines: lines)
    }

    /// The bytes of `input`, streamed (and decompressed, for `.gz`).
    static func source(for input: Input) throws -> any ByteSource {
        let raw: any ByteSource
        if let data = input.data {
            raw = DataByteSource(data)
        } else if let url = input.url {
            raw = try FileByteSource(url: url, displayPath: input.displayPath)
        } else {
            throw ReadError.missingInput(path: input.displayPath)
        }
        return input.isGzip ? try GzipByteSource(raw, displayPath: input.displayPath) : raw
    }

    /// Parses one line into a document.
    /// - Parameter normalise: normalise the text (off while only the header is wanted: the word
    ///   count does not change with whitespace).
    static func document(
        line: UnsafeRawBufferPointer, range: LineRange, input: Input, diagnostics: any DiagnosticSink, normalise: Bool = true
    ) throws -> Document {
        let location = "\(input.displayPath):\(range.number)"
        let object = try parse(line, location: location, fileOffset: range.offset, diagnostics: diagnostics)
        guard let article = object as? [String: Any] else {
            throw ReadError.wrongType(location: location, key: "(line)", expected: "an object", found: ArticleObject.typeName(object))
        }
        return try ArticleObject.document(
            from: article, location: location, defaultID: "\(input.fileName):\(range.number)",
            origin: Origin(path: input.displayPath, line: range.number, sha256: Digest.sha256Hex(line)),
            diagnostics: diagnostics, normalise: normalise)
    }

    /// The line's object: `FlatJSONObject` for the usual flat article (one copy of each string),
    /// else JSONSerialization over the line's bytes without copying them. Invalid UTF-8, which
    /// JSONSerialization refuses, is replaced with U+FFFD and reported with its byte offset.
    static func parse(_ line: UnsafeRawBufferPointer, location: String, fileOffset: UInt64, diagnostics: any DiagnosticSink) throws -> Any {
        if let object = FlatJSONObject.parse(line) { return object }
        guard let base = line.baseAddress else {
            throw ReadError.malformedJSON(location: location, reason: "a line must hold one JSON object")
        }
        let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: line.count, deallocator: .none)
        do {
            return try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            guard String(validating: line, as: UTF8.self) == nil else {
                throw ReadError.malformedJSON(location: location, reason: JSONLines.reason(error, line: line))
            }
            let repaired = TextDecoding.decodeUTF8(data, location: location, diagnostics: diagnostics, baseOffset: Int(fileOffset))
            do {
                return try JSONSerialization.jsonObject(with: Data(repaired.utf8), options: [])
            } catch {
                throw ReadError.malformedJSON(location: location, reason: JSONLines.reason(error, line: line))
            }
        }
    }

    /// What one reading pass collects.
    private struct ReadPass {
        let input: Input
        let context: ReadContext
        let keepBodies: Bool
        var headers = HeaderTable.Builder()
        var ranges: [LineRange] = []
        var documents: [Document] = []
        var skipped = 0
        var blankOnly = true

        init(input: Input, context: ReadContext, keepBodies: Bool) {
            self.input = input
            self.context = context
            self.keepBodies = keepBodies
        }

        mutating func add(_ line: UnsafeRawBufferPointer, _ range: LineRange) throws {
            guard !JSONLines.isBlank(line) else { return }
            blankOnly = false
            do {
                let document = try JSONLReader.document(
                    line: line, range: range, input: input, diagnostics: context.diagnostics, normalise: keepBodies)
                headers.append(DocumentHeader(document))
                if keepBodies { documents.append(document) } else { ranges.append(range) }
            } catch let error as ReadError where context.options.skipInvalid {
                skip(line: range.number, error)
            }
        }

        mutating func skip(line: Int, _ error: ReadError) {
            blankOnly = false
            skipped += 1
            context.diagnostics.warn("skipped: \(error)", at: "\(input.displayPath):\(line)")
        }

        func finish(lines: Int) throws -> Corpus {
            if blankOnly { throw ReadError.emptyInput(path: input.displayPath) }
            if skipped > 0 {
                context.diagnostics.warn(
                    "\(skipped) invalid line\(skipped == 1 ? "" : "s") skipped (--skip-invalid), \(headers.count) read", at: input.displayPath)
            }
            guard !keepBodies, let url = input.url else { return Corpus(documents: documents) }
            let loader = Loader(input: input, url: url, ranges: ranges)
            return Corpus(documents: DocumentStore(headers: headers.finish(), loader: loader))
        }
    }

    /// Parses a document again from its line when its body is needed.
    private struct Loader: DocumentLoader {
        let input: Input
        let url: URL
        let ranges: [LineRange]

        func loadDocument(at index: Int) throws -> Document {
            let range = ranges[index]
            // Normalised once the line's buffer is freed: a long text is then held twice at most.
            var document = try JSONLines.withLine(url, range, displayPath: input.displayPath) { line in
                try JSONLReader.document(line: line, range: range, input: input, diagnostics: IgnoringDiagnostics(), normalise: false)
            }
            document.text = ArticleObject.normaliseText(document.text)
            return document
        }
    }
}
