import Foundation

/// One news article: its metadata, its normalised text and where it came from.
///
/// `text` holds the body as paragraphs separated by one blank line (`"\n\n"`); all mention
/// offsets (`Mention.start`, `Mention.end`) count Unicode scalars into this string. The headline
/// is kept in `title`, not in `text`, when the reader recognised one.
public struct Document: Codable, Sendable, Equatable, Identifiable {
    /// Stable id, unique within a corpus: the file stem, the JSONL `id`, or `FILE:LINE`.
    public var id: String
    public var title: String?
    /// ISO 8601 date (`2022-02-28`) or date-time (`2022-02-28T09:30:00Z`), as given by the input.
    public var date: String?
    /// The outlet that published the article ("Reuters", "BBC News").
    public var source: String?
    public var url: String?
    /// The body: paragraphs separated by `"\n\n"`, no leading or trailing whitespace.
    public var text: String
    /// Fields of the input that newskit has no slot for, kept as they were.
    public var metadata: [String: JSONValue]
    /// Where the document was read from, with the SHA-256 of the original bytes.
    public var origin: Origin?

    public init(
        id: String, title: String? = nil, date: String? = nil, source: String? = nil,
        url: String? = nil, text: String, metadata: [String: JSONValue] = [:], origin: Origin? = nil
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.text = text
        self.metadata = metadata
        self.origin = origin
    }

    /// The body's paragraphs, in order.
    public var paragraphs: [Substring] {
        Document.paragraphs(in: text)
    }

    /// The paragraphs of a body: the non-empty pieces between `"\n\n"`s, as
    /// `text.split(separator: "\n\n")` gives them. Found by scanning bytes: `split` compares
    /// `Character`s, a grapheme break check per character. An LF is a `Character` of its own
    /// unless a CR comes before it (`"\r\n"` is one), so a pair of LF bytes not after a CR is
    /// exactly a `"\n\n"` of `Character`s, and its ends are valid indices.
    public static func paragraphs(in text: String) -> [Substring] {
        let utf8 = text.utf8
        var paragraphs: [Substring] = []
        var start = utf8.startIndex, index = utf8.startIndex
        var previous: UInt8 = 0
        while index != utf8.endIndex {
            let byte = utf8[index]
            let next = utf8.index(after: index)
            if byte == 0x0A, previous != 0x0D, next != utf8.endIndex, utf8[next] == 0x0A {
                if start != index { paragraphs.append(text[start..<index]) }
                index = utf8.index(after: next)
                start = index
                previous = 0x0A
                continue
            }
            previous = byte
            index = next
        }
        if start != utf8.endIndex { paragraphs.append(text[start..<utf8.endIndex]) }
        return paragraphs
    }

    /// Words as `wc -w` counts them: runs of non-whitespace in title and text.
    public var wordCount: Int {
        WordCounter.count(title ?? "") + WordCounter.count(text)
    }
}

/// Where a document came from: the input path (relative as given on the command line),
/// the line for JSONL inputs, and the SHA-256 of the original bytes (the whole file, or the line).
public struct Origin: Codable, Sendable, Equatable {
    public var path: String
    public var line: Int?
    public var sha256: String

    public init(path: String, line: Int? = nil, sha256: String) {
        self.path = path
        self.line = line
        self.sha256 = sha256
    }
}

/// Counts whitespace-separated words, as `wc -w` does.
public enum WordCounter {
    public static func count(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            // ASCII first: Unicode property lookups are slow, and this runs over every text read.
            let isWhitespace = scalar.value < 0x80
                ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
                : scalar.properties.isWhitespace
            if isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
