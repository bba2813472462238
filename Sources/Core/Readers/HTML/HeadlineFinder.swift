/// Finds the article's headline among the titles a page states, the way a reader would: the
/// headline is the part of `og:title` or `<title>` that the page also shows as text.
///
/// `<title>` (and often `og:title`) wrap the headline in the site's name and section
/// (`Storm closes port - News - The Herald`, `The Herald | Storm closes port`). Of the page's
/// short elements (headings, spans, table cells, under 300 characters), the longest whose words
/// are a run of the stated title's words, of at least three words or half the title, is the
/// headline. When none is shown, a stated headline (`og:title`, JSON-LD `headline`) keeps its
/// text with a trailing site name removed; a bare `<title>` gives way to the last heading above
/// the article's first paragraph (`heading(before:)`), then the page's first `<h1>`, else keeps
/// its longest part between separators (` | `, ` - `, ` — `, ` :: `, ` » `).
struct HeadlineFinder {
    /// Tags whose text is not shown as the page's own (the `<title>` itself, scripts).
    static let unseenTags: Set<String> = ["head", "title", "script", "style", "noscript", "template", "option", "select", "textarea"]
    static let separators = [" | ", " - ", " – ", " — ", " -- ", " :: ", " » ", " · ", " / ", " || "]
    /// Longest element text (in UTF-8 bytes) looked at.
    static let shownLimit = 300

    /// The word-token strings of the page's short elements.
    private var shown: Set<String> = []
    /// Position of every element in document order.
    private var order: [ObjectIdentifier: Int] = [:]
    /// Headings (`h1`–`h3`, or a class or id with `head`/`title`) of 2 to 40 words, in page order.
    private var headings: [(order: Int, text: String, isHeadline: Bool)] = []

    init(root: HTMLElement) {
        collect(root)
    }

    /// The last heading before `element` (the article's first paragraph) in the page as it was
    /// before cleaning: the headline the page shows above its text. An `h1` or an element whose
    /// class or id says `headline` is preferred to the nearer `h2`, `h3` or `title` (section
    /// labels, "View more" links).
    ///
    /// When `element` holds its first sentence as text of its own (`<td><b class=headline>…</b>
    /// <br>The council voted…`), an `h1` or `headline` inside it before that text is above the
    /// article too (other headings there are more often a byline or a section label).
    func heading(before element: HTMLElement) -> String? {
        guard let own = order[ObjectIdentifier(element)], let position = textPosition(of: element) else { return nil }
        let above = headings.filter { $0.order < own || ($0.order < position && $0.isHeadline) }
        return (above.last { $0.isHeadline } ?? above.last)?.text
    }

    /// The position of `element`'s first sentence in document order: past its element children
    /// before a text run of its own of 40 characters or more, else the element's own position.
    func textPosition(of element: HTMLElement) -> Int? {
        guard let own = order[ObjectIdentifier(element)] else { return nil }
        var position = own
        for child in element.children {
            switch child {
            case .text(let text):
                if TextMass.visibleCharacters(text) >= 40 { return position > own ? position + 1 : own }
            case .element(let node):
                let last = node.descendants().last ?? node
                if let end = order[ObjectIdentifier(last)] ?? order[ObjectIdentifier(node)] { position = max(position, end) }
            }
        }
        return own
    }

    /// - Parameters:
    ///   - stated: `og:title`, `twitter:title`, JSON-LD `headline`, in that order (nil when absent).
    ///   - title: the `<title>` element's text.
    ///   - firstH1: the page's first `<h1>`.
    ///   - site: the site name, when the page states it.
    func headline(stated: [String?], title: String?, site: String?) -> String? {
        if let stated = stated.lazy.compactMap({ $0 }).first(where: { !$0.isEmpty }) {
            return shownPart(of: stated) ?? HTMLMetadata.trimSiteName(stated, site: site)
        }
        return Self.usable(title).flatMap { shownPart(of: $0) ?? shownSection(of: $0, site: site) }
    }

    /// The longest part of a long `<title>` between separators, of three words or more, that the
    /// page shows as an element's whole text (`Station News - Weather, Traffic | Stewart turns
    /// pro`, where the headline is under half the title's words), unless it is the site's name.
    func shownSection(of title: String, site: String?) -> String? {
        Self.parts(of: title)
            .filter { part in
                let words = Self.words(part)
                return words.count >= 3 && shown.contains(words.joined(separator: " "))
                    && site.map { Self.words($0) != words } ?? true
            }
            .max { Self.words($0).count < Self.words($1).count }
    }

    /// The title when nothing better is found: the first `<h1>`, else the longest part of `<title>`.
    func fallback(title: String?, firstH1: String?, site: String?) -> String? {
        if let firstH1 { return firstH1 }
        guard let title = Self.usable(title) else { return nil }
        return Self.parts(of: HTMLMetadata.trimSiteName(title, site: site)).max { Self.words($0).count < Self.words($1).count }
    }

    /// A `<title>` that runs on for hundreds of characters was never closed: it swallowed the page.
    static func usable(_ title: String?) -> String? {
        guard let title, !title.isEmpty, title.utf8.count <= 2 * shownLimit else { return nil }
        return title
    }

    /// The longest run of `title`'s words that the page shows as an element's whole text.
    func shownPart(of title: String) -> String? {
        let words = Self.words(title)
        guard !words.isEmpty else { return nil }
        if shown.contains(words.joined(separator: " ")) { return title }
        let minimum = max(3, (words.count + 1) / 2)
        guard words.count > minimum else { return nil }
        for length in stride(from: words.count - 1, through: minimum, by: -1) {
            for start in 0...(words.count - length) where shown.contains(words[start..<(start + length)].joined(separator: " ")) {
                return Self.originalText(of: title, words: start..<(start + length))
            }
        }
        return nil
    }

    /// Parts of a title between separators.
    static func parts(of title: String) -> [String] {
        var parts = [title]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        return parts.map(HTMLText.fold).filter { !$0.isEmpty }
    }

    /// Lower-cased runs of letters and digits, as the shingle scorers and readers compare titles.
    static func words(_ text: String) -> [String] {
        // ASCII bytes are sorted without Unicode property lookups (this runs on every short
        // element of a page); other characters ask their scalar's properties.
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return unicodeWords(text) }
        var words: [String] = []
        var word: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            default:
                if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// `words(text).joined(separator: " ")` and the number of words, made in one pass over
    /// ASCII text (every short element of a page gets one).
    static func wordKey(_ text: String) -> (key: String, count: Int) {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            let words = words(text)
            return (words.joined(separator: " "), words.count)
        }
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        var count = 0, inWord = false
        for byte in text.utf8 {
            var lower = byte
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): lower = byte + 32
            default:
                inWord = false
                continue
            }
            if !inWord {
                if count > 0 { key.append(UInt8(ascii: " ")) }
                count += 1
                inWord = true
            }
            key.append(lower)
        }
        return (String(decoding: key, as: UTF8.self), count)
    }

    /// `words` for text with non-ASCII characters, scalar by scalar, as `Character.isLetter` and
    /// `isNumber` judge a character by its first scalar: marks and joiners that extend a
    /// character (`e` + U+0301) go with the scalar before them. Splitting `lowercased()` text
    /// by `Character` cost a grapheme break search and a property lookup per character, most
    /// of them ASCII (text with one curly quote took this path).
    static func unicodeWords(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWord: Bool
            if scalar.value < 0x80 {
                isWord = (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
            } else if scalar.properties.isGraphemeExtend || scalar.properties.isJoinControl || scalar.properties.isVariationSelector {
                isWord = inWord
            } else {
                isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            }
            if isWord {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word.lowercased())
                word = ""
            }
            inWord = isWord
        }
        if !word.isEmpty { words.append(word.lowercased()) }
        return words
    }

    /// The slice of `title` from its `range.lowerBound`-th word to the end of its last word in
    /// range, with the punctuation attached to them.
    static func originalText(of title: String, words range: Range<Int>) -> String {
        var index = 0
        var start = title.startIndex, end = title.endIndex
        var cursor = title.startIndex
        while cursor < title.endIndex {
            guard title[cursor].isLetter || title[cursor].isNumber else {
                cursor = title.index(after: cursor)
                continue
            }
            let wordStart = cursor
            while cursor < title.endIndex, title[cursor].isLetter || title[cursor].isNumber { cursor = title.index(after: cursor) }
            if index == range.lowerBound { start = wordStart }
            if index == range.upperBound - 1 { end = cursor }
            index += 1
        }
        // Quotes and marks stuck to the first and last word belong to the headline ('Neutral' …?').
        while start > title.startIndex, isAttached(title[title.index(before: start)]) { start = title.index(before: start) }
        while end < title.endIndex, isAttached(title[end]) { end = title.index(after: end) }
        return String(title[start..<end])
    }

    /// Quotes and marks, not letters, digits, white space or `_` (a separator in `Headline_Section_Site`).
    private static func isAttached(_ character: Character) -> Bool {
        !character.isWhitespace && !character.isLetter && !character.isNumber && character != "_"
    }

    private mutating func collect(_ element: HTMLElement) {
        for child in element.elementChildren where !Self.unseenTags.contains(child.name) {
            order[ObjectIdentifier(child)] = order.count
            if let text = Self.boundedText(child) {
                let (key, count) = Self.wordKey(text)
                if count >= 2 { shown.insert(key) }
                if count >= 2, count <= 40, Self.isHeading(child), !Self.isLinkOnly(child) {
                    let isHeadline = child.name == "h1" || ClassHints.contains(Array(child.classAndID.utf8), anyOf: ["headline"])
                    headings.append((order.count - 1, HTMLText.fold(text), isHeadline))
                }
            }
            collect(child)
        }
    }

    /// A heading that is nothing but a link (`<h3><a>View more</a></h3>`) points elsewhere.
    static func isLinkOnly(_ element: HTMLElement) -> Bool {
        let count = TextMass.count(element)
        return count.text > 0 && count.linked == count.text && element.name != "h1"
    }

    static func isHeading(_ element: HTMLElement) -> Bool {
        if ["h1", "h2", "h3"].contains(element.name) { return true }
        guard element["class"] != nil || element["id"] != nil else { return false }
        let hints = element.classAndID
        let bytes = Array(hints.utf8)
        // `head` as in `headline`, `heading`, `storyhead`, `ArticleHead` (`header` and
        // `masthead` are weak negative hints: page chrome).
        return ClassHints.contains(bytes, anyOf: ["head", "title"]) && !ClassHints.contains(bytes, anyOf: ["subtitle", "subhead"])
            && !ClassHints.isStrongNegative(hints) && !ClassHints.isWeakNegative(hints)
    }

    /// A date, byline or share widget inside a heading (`<h1><span class=timeStamp>Wednesday,
    /// 09 January 2008</span> Clarkson ripped off</h1>`, `<h1>… <time>…</time></h1>`): not
    /// part of the headline the page shows.
    static func isFurniture(_ element: HTMLElement) -> Bool {
        if element.name == "time" { return true }
        guard element["class"] != nil || element["id"] != nil else { return false }
        let hints = element.classAndID
        return ClassHints.hasLetter(hints) && ClassHints.isStrongNegative(hints)
    }

    /// The element's text, or nil when it is longer than `shownLimit` bytes.
    static func boundedText(_ element: HTMLElement) -> String? {
        var out = ""
        return append(element, to: &out) ? out : nil
    }

    private static func append(_ element: HTMLElement, to out: inout String) -> Bool {
        for child in element.children {
            switch child {
            case .text(let text): out += text
            case .element(let node):
                if unseenTags.contains(node.name) || isFurniture(node) { continue }
                if node.name == "br" || ContentScorer.blockTags.contains(node.name) { out += " " }
                if !append(node, to: &out) { return false }
            }
            if out.utf8.count > shownLimit { return false }
        }
        return true
    }
}
