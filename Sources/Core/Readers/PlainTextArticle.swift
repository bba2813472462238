import Foundation

/// The parts of a plain-text article: pure text processing, no I/O.
///
/// Rules, in order:
/// 1. BOM dropped, CRLF and CR become LF, each line trimmed, runs of spaces and tabs folded to one.
/// 2. A leading ` date YYYY-MM-DD` header (as news scrapers write it) becomes `date` and leaves the text.
/// 3. Boilerplate lines (see `BoilerplateFilter`) are dropped.
/// 4. Paragraphs: blocks separated by blank lines, a block's lines joined with spaces; a file
///    without blank lines has one paragraph per line.
/// 5. Headline: a first paragraph of at most 25 words and 200 characters that does not end in
///    closing punctuation becomes `title` and leaves the text; otherwise `title` is the first
///    sentence (the text keeps it).
public struct PlainTextArticle: Equatable, Sendable {
    public var title: String?
    public var date: String?
    public var text: String

    public init(parsing raw: String, boilerplate: BoilerplateFilter) {
        var lines = PlainTextArticle.normalisedLines(raw)
        date = PlainTextArticle.takeDateHeader(&lines)
        lines = lines.map { $0.isEmpty || !boilerplate.matches($0) ? $0 : "\u{0}" }
            .filter { $0 != "\u{0}" }
        var paragraphs = PlainTextArticle.paragraphs(lines)
        if let first = paragraphs.first, PlainTextArticle.isHeadline(first), paragraphs.count > 1 {
            title = first
            paragraphs.removeFirst()
        } else {
            title = paragraphs.first.map(PlainTextArticle.firstSentence)
        }
        text = paragraphs.joined(separator: "\n\n")
    }

    /// Lines split at LF, CRLF or CR, each trimmed of spaces, tabs, no-break spaces and BOMs, with
    /// inner runs of spaces and tabs folded. (Swift's own splitting and trimming: NSString's
    /// `replacingOccurrences` and `trimmingCharacters` took two thirds of the reading time.)
    static func normalisedLines(_ raw: String) -> [String] {
        splitLines(raw).map { line in
                foldSpaces(WhitespaceTrimming.trim(line) { WhitespaceTrimming.isSpace($0) || $0.value == 0xFEFF })
            }
    }

    /// Splits at LF, CRLF and CR by scanning bytes (splitting by Character costs a grapheme
    /// break check per character). Line breaks are ASCII and always end a grapheme, so the
    /// byte positions are valid String indices.
    static func splitLines(_ raw: String) -> [Substring] {
        let utf8 = raw.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = utf8.index(after: index)
                continue
            }
            lines.append(raw[start..<index])
            var next = utf8.index(after: index)
            if byte == 0x0D, next < utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            start = next
            index = next
        }
        lines.append(raw[start..<utf8.endIndex])
        return lines
    }

    /// Folds runs of spaces and tabs into one space.
    static func foldSpaces(_ line: String) -> String {
        // A byte scan: String.contains(String) goes through Foundation's slow substring search.
        var previous: UInt8 = 0
        let needsFolding = line.utf8.contains { byte in
            defer { previous = byte }
            return byte == 0x09 || (byte == 0x20 && previous == 0x20)
        }
        guard needsFolding else { return line }
        var out = ""
        out.reserveCapacity(line.utf8.count)
        var lastWasSpace = false
        for character in line {
            let isSpace = character == " " || character == "\t"
            if isSpace {
                if !lastWasSpace { out.append(" ") }
            } else {
                out.append(character)
            }
            lastWasSpace = isSpace
        }
        return out
    }

    /// Removes a leading `date YYYY-MM-DD` from the first non-empty line and returns the date.
    static func takeDateHeader(_ lines: inout [String]) -> String? {
        guard let index = lines.firstIndex(where: { !$0.isEmpty }) else { return nil }
        let line = lines[index]
        guard line.hasPrefix("date ") else { return nil }
        let rest = line.dropFirst(5)
        let candidate = String(rest.prefix(10))
        guard ISODate.isValid(candidate), rest.count == 10 || rest.dropFirst(10).first == " " else { return nil }
        lines[index] = rest.dropFirst(10).trimmingSpaces()
        return candidate
    }

    static func paragraphs(_ lines: [String]) -> [String] {
        let first = lines.firstIndex { !$0.isEmpty } ?? lines.endIndex
        let last = lines.lastIndex { !$0.isEmpty } ?? first
        let hasBlankLines = first < last && lines[first...last].contains(where: \.isEmpty)
        guard hasBlankLines else { return lines.filter { !$0.isEmpty } }
        var paragraphs: [String] = []
        var block: [String] = []
        for line in lines {
            if line.isEmpty {
                if !block.isEmpty { paragraphs.append(block.joined(separator: " ")) }
                block = []
            } else {
                block.append(line)
            }
        }
        if !block.isEmpty { paragraphs.append(block.joined(separator: " ")) }
        return paragraphs
    }

    /// Title abbreviations that end in a full stop without ending a sentence.
    static let abbreviations: Set<String> = ["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Sgt", "Rep", "Sen", "Gov", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "No", "vs"]

    static func isHeadline(_ paragraph: String) -> Bool {
        guard paragraph.count <= 200, WordCounter.count(paragraph) <= 25, let last = paragraph.last else { return false }
        return !".!?…:;\"”’'".contains(last)
    }

    /// The first sentence of a paragraph, capped at 200 characters on a word boundary.
    static func firstSentence(_ paragraph: String) -> String {
        var end = paragraph.endIndex
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            let next = paragraph.index(after: index)
            if ".!?".contains(character), next == paragraph.endIndex || paragraph[next] == " " {
                // Not after an abbreviation ("U.S.", "Mr.") or an initial ("J. Smith").
                let before = paragraph[paragraph.startIndex..<index].split(separator: " ").last ?? ""
                let isAbbreviation = before.contains(".") || (before.count == 1 && before.first?.isUppercase == true)
                    || PlainTextArticle.abbreviations.contains(String(before))
                if !isAbbreviation {
                    end = next
                    break
                }
            }
            index = next
        }
        let sentence = String(paragraph[paragraph.startIndex..<end])
        guard sentence.count > 200 else { return sentence }
        let capped = sentence.prefix(200)
        let cut = capped.lastIndex(of: " ") ?? capped.endIndex
        return String(capped[capped.startIndex..<cut]) + "…"
    }
}
