import Foundation

/// A CoNLL-2003 file (plain or gzip) read as documents of tokens with gold BIO tags. The IOB1
/// tags of the original files (`I-X` throughout, `B-X` only between touching entities) become
/// BIO; `-DOCSTART-` lines separate documents; token offsets are made up (one space apart).
public struct CoNLLCorpus: Sendable {
    public struct Document: Sendable {
        public var tokens: [Token]
        /// BIO tag per token, as `NERTagSet` numbers.
        var tags: [Int]

        /// The gold spans.
        public var spans: [TaggedSpan] { NERTagSet.spans(tags) }
    }

    public var documents: [Document]

    /// Reads `url`.
    /// - Throws: `TaggerError` naming the file and line of anything malformed.
    public init(contentsOf url: URL) throws {
        var bytes: [UInt8]
        do { bytes = [UInt8](try Data(contentsOf: url)) } catch {
            throw TaggerError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        if bytes.starts(with: [0x1f, 0x8b]) { bytes = try Gzip.decompress(bytes) }
        try self.init(text: String(decoding: bytes, as: UTF8.self), path: url.path)
    }

    /// Parses CoNLL text; `path` names the source in errors.
    public init(text: String, path: String) throws {
        var documents: [Document] = []
        var current = Document(tokens: [], tags: [])
        var sentence = 0, offset = 0, previousIOB = "O"
        func finishDocument() {
            if !current.tokens.isEmpty { documents.append(current) }
            current = Document(tokens: [], tags: [])
            sentence = 0; offset = 0; previousIOB = "O"
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(separator: " ")
            if fields.isEmpty {
                if current.tokens.last?.sentence == sentence { sentence += 1 }
                previousIOB = "O"
                continue
            }
            if fields[0] == "-DOCSTART-" { finishDocument(); continue }
            guard fields.count >= 2, let tag = Self.bio(String(fields[fields.count - 1]), previous: previousIOB) else {
                throw TaggerError.malformedCoNLL(path: path, line: number + 1, reason: "cannot read `\(line.prefix(60))`")
            }
            let word = String(fields[0])
            let length = word.unicodeScalars.count
            current.tokens.append(Token(text: word, start: offset, end: offset + length, sentence: sentence))
            current.tags.append(tag)
            offset += length + 1
            previousIOB = String(fields[fields.count - 1])
        }
        finishDocument()
        guard !documents.isEmpty else { throw TaggerError.noTrainingData(path: path) }
        self.documents = documents
    }

    /// The BIO tag for an IOB1 (or BIO) tag after `previous`: `I-X` opens a span unless the
    /// token before was in an `X` span.
    static func bio(_ tag: String, previous: String) -> Int? {
        if tag == "O" { return NERTagSet.outside }
        let parts = tag.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let label = SpanLabel(rawValue: String(parts[1])) else { return nil }
        if parts[0] == "B" { return NERTagSet.begin(label) }
        guard parts[0] == "I" else { return nil }
        return previous.hasSuffix("-" + parts[1]) ? NERTagSet.inside(label) : NERTagSet.begin(label)
    }
}
