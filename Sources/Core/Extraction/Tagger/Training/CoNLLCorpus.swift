import Foundation

/// A CoNLL-2003 file (plain or gzip) read as documents of tokens with gold spans. The IOB1
/// tags of the original files (`I-X` throughout, `B-X` only between touching entities) become
/// spans; `-DOCSTART-` lines separate documents; token offsets are made up (one space apart).
/// A hyphenated word is split as `Tokenizer` splits it at run time (`Ata-ur-Rehman` →
/// `Ata` `-` `ur` `-` `Rehman`, every piece with the word's tag), so the tagger trains on the
/// tokens it will see; `NERTagger` joins such person and organisation pieces back.
public struct CoNLLCorpus: Sendable {
    public struct Document: Sendable {
        public var tokens: [Token]
        /// The gold spans.
        public var spans: [TaggedSpan]
        /// The gold tag of every token, as `NERTagSet` numbers.
        var tags: [Int] { NERTagSet.tags(spans, count: tokens.count) }
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
        var current = Document(tokens: [], spans: [])
        var sentence = 0, offset = 0, previousIOB = "O"
        func finishDocument() {
            if !current.tokens.isEmpty { documents.append(current) }
            current = Document(tokens: [], spans: [])
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
            guard fields.count >= 2, let step = Self.step(String(fields[fields.count - 1]), previous: previousIOB) else {
                throw TaggerError.malformedCoNLL(path: path, line: number + 1, reason: "cannot read `\(line.prefix(60))`")
            }
            let word = String(fields[0])
            let length = word.unicodeScalars.count
            let index = current.tokens.count
            current.tokens += Self.pieces(of: word, at: offset, sentence: sentence)
            let end = current.tokens.count
            switch step {
            case .outside: break
            case .opens(let label): current.spans.append(TaggedSpan(label: label, range: index..<end))
            case .continues: current.spans[current.spans.count - 1].range = current.spans[current.spans.count - 1].range.lowerBound..<end
            }
            offset += length + 1
            previousIOB = String(fields[fields.count - 1])
        }
        finishDocument()
        guard !documents.isEmpty else { throw TaggerError.noTrainingData(path: path) }
        self.documents = documents
    }

    /// `word` as the tokenizer would cut it when it holds a hyphen (one token otherwise, and
    /// whenever the pieces would not spell the word).
    static func pieces(of word: String, at offset: Int, sentence: Int) -> [Token] {
        let whole = [Token(text: word, start: offset, end: offset + word.unicodeScalars.count, sentence: sentence)]
        guard word.utf8.count > 2, word.utf8.contains(0x2D) else { return whole }
        let pieces = Tokenizer().tokenize(word)
        guard pieces.count > 1, pieces.map(\.text).joined() == word else { return whole }
        return pieces.map { Token(text: $0.text, start: offset + $0.start, end: offset + $0.end, sentence: sentence) }
    }

    /// What one IOB1 (or BIO) tag does after `previous`.
    enum Step: Equatable { case outside, opens(SpanLabel), continues }

    /// Reads `tag` after `previous`: `I-X` continues a span only right after another `X`
    /// token; `B-X` always opens one. Nil for a tag that is not IOB over PER/ORG/LOC/MISC.
    static func step(_ tag: String, previous: String) -> Step? {
        if tag == "O" { return .outside }
        let parts = tag.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, let label = SpanLabel(rawValue: String(parts[1])) else { return nil }
        if parts[0] == "B" { return .opens(label) }
        guard parts[0] == "I" else { return nil }
        return previous.hasSuffix("-" + parts[1]) ? .continues : .opens(label)
    }
}
