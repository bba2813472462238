/// Class and id hints that say what a block of a page is, as readability and trafilatura use them.
///
/// Words are matched inside `class` and `id` values (lower-cased): `article-share-bar` hints
/// `share`. Short words that occur inside unrelated names (`ad`, `nav`, `tags`) only match whole
/// tokens (`ad-slot`, `top-ad`, but not `header` or `shadow`).
enum ClassHints {
    /// Always boilerplate: removed even when a positive word is present (`article-share`).
    static let strongNegative = [
        "cookie", "consent", "gdpr", "share", "sharing", "social", "newsletter", "subscribe", "subscription",
        "signup", "sign-up", "paywall", "related", "recommend", "promo", "advert", "sponsor", "outbrain",
        "taboola", "byline", "dateline", "breadcrumb", "comment", "disqus", "popup", "modal", "most-read",
        "mostread", "trending", "read-next", "more-stories", "author-bio", "timestamp", "skip-link", "print-only",
    ]
    /// Usually boilerplate: removed unless a positive word is present too.
    static let weakNegative = [
        "nav", "menu", "footer", "header", "masthead", "sidebar", "widget", "banner", "toolbar", "pagination",
        "popular", "teaser", "caption-credit", "credit", "tags", "topics", "hidden", "login", "alert",
    ]
    /// Words that must be whole tokens to count (they hide inside longer names).
    static let tokenOnly: Set<String> = ["nav", "tags", "ad", "ads", "topics", "hidden", "alert", "menu", "credit"]
    /// Boilerplate that only counts as a whole token, even next to a positive word
    /// (`story-meta`, `entry-meta` and `post-date` are bylines and datelines).
    static let negativeTokens = ["ad", "ads", "meta", "date", "dateline", "posted"]
    /// Signs of the article body.
    static let positive = ["article", "story", "content", "body", "entry", "post", "main", "text", "prose", "rich-text"]

    /// `commentary` is an opinion piece, not a comment thread.
    static let exceptions = ["commentary"]

    /// A list of hint words sorted once into those matched as whole tokens and those matched
    /// inside names, each with the longer names that do not count for it (`commentary` for
    /// `comment`): sorting them for every element hashed each word into `tokenOnly`.
    struct WordList: Sendable {
        var tokenWords: [String] = []
        var innerWords: [(word: String, exceptions: [String])] = []

        init(_ words: [String]) {
            for word in words {
                if tokenOnly.contains(word) {
                    tokenWords.append(word)
                } else {
                    innerWords.append((word, exceptions.filter { $0.contains(word) }))
                }
            }
        }
    }

    static let strongNegativeList = WordList(strongNegative)
    static let weakNegativeList = WordList(weakNegative)
    static let positiveList = WordList(positive)

    static func matches(_ list: WordList, in hints: String, tokens: [Substring]) -> Bool {
        if list.tokenWords.contains(where: { word in tokens.contains { $0 == word } }) { return true }
        let bytes = Array(hints.utf8)
        return list.innerWords.contains { word, exceptions in
            contains(bytes, word) && !exceptions.contains { contains(bytes, $0) }
        }
    }

    /// Substring search on UTF-8 bytes: class names are short, and Foundation's `contains`
    /// (through NSString) was the reader's hottest call.
    static func contains(_ haystack: [UInt8], _ word: String) -> Bool {
        // The word's own UTF-8 storage, not a copy: this runs for every hint word on every
        // element with a class.
        if let found = word.utf8.withContiguousStorageIfAvailable({ contains(haystack, needle: $0) }) { return found }
        return Array(word.utf8).withUnsafeBufferPointer { contains(haystack, needle: $0) }
    }

    private static func contains(_ haystack: [UInt8], needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// Whether `hints` hold a letter at all (most elements have no class, or only digits).
    static func hasLetter(_ hints: String) -> Bool {
        if hints.utf8.allSatisfy({ $0 < 0x80 }) {
            return hints.utf8.contains { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
        }
        return hints.contains { $0.isLetter }
    }

    /// Whether any of `words` occurs in `bytes` (UTF-8 of lower-cased hints).
    static func contains(_ bytes: [UInt8], anyOf words: [String]) -> Bool {
        words.contains { contains(bytes, $0) }
    }

    /// Runs of letters and digits. ASCII hints (nearly all) are split on bytes: asking
    /// `Character` for its properties made this a tenth of a page's extraction.
    static func tokens(_ hints: String) -> [Substring] {
        let utf8 = hints.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return hints.split { !$0.isLetter && !$0.isNumber } }
        var tokens: [Substring] = []
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let isWord = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            if isWord, start == nil { start = index }
            if !isWord, let begun = start {
                tokens.append(Substring(utf8[begun..<index]))
                start = nil
            }
            index = utf8.index(after: index)
        }
        if let begun = start { tokens.append(Substring(utf8[begun..<utf8.endIndex])) }
        return tokens
    }

    static func isStrongNegative(_ hints: String) -> Bool {
        let tokens = tokens(hints)
        return matches(strongNegativeList, in: hints, tokens: tokens) || negativeTokens.contains { word in tokens.contains { $0 == word } }
    }

    static func isWeakNegative(_ hints: String) -> Bool {
        matches(weakNegativeList, in: hints, tokens: tokens(hints))
    }

    static func isPositive(_ hints: String) -> Bool {
        matches(positiveList, in: hints, tokens: tokens(hints))
    }

    /// Readability's class weight: +25 for a positive hint, −25 for a negative one.
    static func weight(_ element: HTMLElement) -> Double {
        let hints = element.classAndID
        guard hasLetter(hints) else { return 0 }
        var weight = 0.0
        if isPositive(hints) { weight += 25 }
        if isStrongNegative(hints) || isWeakNegative(hints) { weight -= 25 }
        return weight
    }
}
