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

    static func matches(_ words: [String], in hints: String, tokens: [Substring]) -> Bool {
        let bytes = Array(hints.utf8)
        return words.contains { word in
            if tokenOnly.contains(word) { return tokens.contains { $0 == word } }
            guard contains(bytes, word) else { return false }
            return !exceptions.contains { $0.contains(word) && contains(bytes, $0) }
        }
    }

    /// Substring search on UTF-8 bytes: class names are short, and Foundation's `contains`
    /// (through NSString) was the reader's hottest call.
    static func contains(_ haystack: [UInt8], _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        var index = 0
        while index + needle.count <= haystack.count {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// Whether any of `words` occurs in `bytes` (UTF-8 of lower-cased hints).
    static func contains(_ bytes: [UInt8], anyOf words: [String]) -> Bool {
        words.contains { contains(bytes, $0) }
    }

    static func tokens(_ hints: String) -> [Substring] {
        hints.split { !$0.isLetter && !$0.isNumber }
    }

    static func isStrongNegative(_ hints: String) -> Bool {
        let tokens = tokens(hints)
        return matches(strongNegative, in: hints, tokens: tokens) || negativeTokens.contains { word in tokens.contains { $0 == word } }
    }

    static func isWeakNegative(_ hints: String) -> Bool {
        matches(weakNegative, in: hints, tokens: tokens(hints))
    }

    static func isPositive(_ hints: String) -> Bool {
        matches(positive, in: hints, tokens: tokens(hints))
    }

    /// Readability's class weight: +25 for a positive hint, −25 for a negative one.
    static func weight(_ element: HTMLElement) -> Double {
        let hints = element.classAndID
        guard hints.contains(where: { $0.isLetter }) else { return 0 }
        var weight = 0.0
        if isPositive(hints) { weight += 25 }
        if isStrongNegative(hints) || isWeakNegative(hints) { weight -= 25 }
        return weight
    }
}
