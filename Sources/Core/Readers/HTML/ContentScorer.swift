/// Picks the element of a cleaned page that holds the article body, the way Mozilla's
/// readability does (mozilla/readability `Readability.js`, `_grabArticle`):
///
/// 1. Every paragraph-like element (`p`, `pre`, `td`, a `div` without block children) with at
///    least 25 characters scores 1 + its commas + one point per 100 characters (at most 3).
/// 2. That score goes to its parent in full, its grandparent by half, the next ancestor by a third;
///    each ancestor starts from a tag bonus (`div` +5, `form`/lists −3, headings −5) and its
///    class weight (+25 for `article`, `story`, `content`…, −25 for `share`, `comment`…).
/// 3. Each candidate's score is scaled by (1 − link density); the best one wins.
enum ContentScorer {
    static let paragraphTags: Set<String> = ["p", "pre", "td"]
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "ul",
    ]

    /// The best candidate below `root`, or nil when no element scores.
    static func bestCandidate(in root: HTMLElement) -> HTMLElement? {
        var scores: [ObjectIdentifier: Double] = [:]
        var candidates: [HTMLElement] = []
        var path: [HTMLElement] = []
        visit(root, path: &path) { element, ancestors in
            guard isScorable(element) else { return }
            let text = element.text
            guard text.count >= 25 else { return }
            let score = 1 + Double(text.filter { $0 == "," || $0 == "，" }.count) + min(Double(text.count / 100), 3)
            for (level, ancestor) in ancestors.reversed().prefix(3).enumerated() {
                let key = ObjectIdentifier(ancestor)
                if scores[key] == nil {
                    scores[key] = initialScore(ancestor)
                    candidates.append(ancestor)
                }
                scores[key, default: 0] += score / [1, 2, 3][level]
            }
        }
        var best: (element: HTMLElement, score: Double)?
        for candidate in candidates {
            let score = (scores[ObjectIdentifier(candidate)] ?? 0) * (1 - linkDensity(candidate))
            if score > (best?.score ?? -.infinity) { best = (candidate, score) }
        }
        return best?.element
    }

    static func isScorable(_ element: HTMLElement) -> Bool {
        if paragraphTags.contains(element.name) { return true }
        guard element.name == "div" || element.name == "section" else { return false }
        return !element.elementChildren.contains { blockTags.contains($0.name) }
    }

    static func initialScore(_ element: HTMLElement) -> Double {
        let base: Double = switch element.name {
        case "div", "article", "main": 5
        case "pre", "td", "blockquote": 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
        default: 0
        }
        return base + ClassHints.weight(element)
    }

    /// Share of an element's text that sits inside links (0 for an element without text).
    static func linkDensity(_ element: HTMLElement) -> Double {
        let total = element.text.count
        guard total > 0 else { return 0 }
        let linked = element.descendants { $0.name == "a" }.reduce(0) { $0 + $1.text.count }
        return min(1, Double(linked) / Double(total))
    }

    private static func visit(_ element: HTMLElement, path: inout [HTMLElement], _ body: (HTMLElement, [HTMLElement]) -> Void) {
        body(element, path)
        path.append(element)
        for child in element.elementChildren { visit(child, path: &path, body) }
        path.removeLast()
    }
}
