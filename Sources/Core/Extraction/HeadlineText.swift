import Foundation

/// A document's headline and body as the tagger reads them: one text, the title on its own
/// line before the body, so that the headline's names get mentions and the body explains them
/// (the tagger's document features see both). `locate` turns a mention's offsets in the joined
/// text back into offsets into `Document.title` or `Document.text`, with the field named.
struct HeadlineText {
    /// The title, a line break, then the text; just the text when there is no title.
    let joined: String
    /// Unicode scalars before the body starts in `joined` (0 without a title).
    private let bodyOffset: Int
    /// Scalars in the title.
    private let titleLength: Int
    /// Whether the title capitalises (nearly) every word (`Russian Soldiers Continue
    /// Bombarding Ukraine As Talks Fail`), where capitals say nothing about names.
    let isTitleCase: Bool

    init(title: String?, text: String) {
        guard let title, title.contains(where: { !$0.isWhitespace }), !Self.repeatsBody(title, text) else {
            joined = text
            bodyOffset = 0
            titleLength = 0
            isTitleCase = false
            return
        }
        joined = title + "\n" + text
        titleLength = title.unicodeScalars.count
        bodyOffset = titleLength + 1
        isTitleCase = Self.isTitleCase(title)
    }

    /// Whether `title` is a copy of the body's opening (readers make the first sentence the
    /// title of a text without a headline, capped with `…`): its names are the body's own.
    static func repeatsBody(_ title: String, _ text: String) -> Bool {
        var head = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if head.hasSuffix("…") { head.removeLast() }
        head = head.trimmingCharacters(in: .whitespaces)
        return !head.isEmpty && trimmedBody(text).hasPrefix(head)
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)` without copying the body: the
    /// Foundation call converts a whole article to UTF-16 and back for a prefix test (it was 4%
    /// of the CPU of an export with entities).
    private static func trimmedBody(_ text: String) -> BodyOpening {
        let scalars = text.unicodeScalars
        let blank = CharacterSet.whitespacesAndNewlines
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, blank.contains(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start, blank.contains(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        return BodyOpening(text: text[start..<end])
    }

    /// The trimmed body, for `repeatsBody`; answers `hasPrefix` as the trimmed `String` would.
    private struct BodyOpening {
        let text: Substring

        /// `String.hasPrefix` compares bytes when both strings are flagged ASCII and Characters
        /// (canonical equivalence) otherwise. An ASCII body is cut to the head's length plus one
        /// byte (an ASCII Character is at most two bytes, CR LF), so the same call on the same
        /// `head` decides as on the whole body; otherwise Characters are compared, as there.
        func hasPrefix(_ head: String) -> Bool {
            let isASCII = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
            if isASCII { return String(decoding: text.utf8.prefix(head.utf8.count + 1), as: UTF8.self).hasPrefix(head) }
            return text.starts(with: head)
        }
    }

    /// At least four words with letters, and all but one of them capitalised.
    static func isTitleCase(_ title: String) -> Bool {
        let words = title.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: \.isLetter) }
        let lower = words.filter { $0.first { $0.isLetter }?.isLowercase == true }.count
        return words.count >= 4 && lower <= 1
    }

    /// `resolved` without the headline names of a title-case headline that the body does not
    /// name too (by the same text, or inside a longer name of that type): there the tagger's
    /// best cue, the capital letter, is on every word.
    func keepingNamesTheBodyConfirms(_ resolved: [ResolvedSpan]) -> [ResolvedSpan] {
        guard isTitleCase else { return resolved }
        let body = resolved.filter { $0.span.start >= bodyOffset }
        return resolved.filter { item in
            guard item.span.start < titleLength else { return true }
            let words = item.span.text.split(separator: " ")
            return body.contains { other in
                other.type == item.type && (other.span.text == item.span.text || Self.contains(other.span.text.split(separator: " "), words))
            }
        }
    }

    private static func contains(_ name: [Substring], _ part: [Substring]) -> Bool {
        guard !part.isEmpty, part.count <= name.count else { return false }
        return (0...(name.count - part.count)).contains { Array(name[$0..<($0 + part.count)]) == part }
    }

    /// How many sentences the headline takes among `tokens` (of `joined`): body sentences are
    /// counted from the first one after it.
    func headlineSentences(_ tokens: [Token]) -> Int {
        guard bodyOffset > 0 else { return 0 }
        return tokens.first { $0.start >= bodyOffset }?.sentence ?? (tokens.last.map { $0.sentence + 1 } ?? 0)
    }

    /// `mention` (offsets into `joined`) with offsets into its own field; `headlineSentences`
    /// from `headlineSentences(_:)`.
    func locate(_ mention: LocalMention, headlineSentences: Int) -> LocalMention {
        guard bodyOffset > 0 else { return mention }
        var located = mention
        if mention.start < titleLength {
            located.field = .title
        } else {
            located.start -= bodyOffset
            located.end -= bodyOffset
            located.sentence -= headlineSentences
        }
        return located
    }
}
