/// Picks the element of a cleaned page that holds the article body, the way Mozilla's
/// readability does (mozilla/readability `Readability.js`, `_grabArticle`):
///
/// 1. Every paragraph-like element (`p`, `pre`, `td`, a `div` without block children) with at
///    least 25 characters scores 1 + its commas + one point per 100 characters (at most 3).
/// 2. That score goes to its parent in full, its grandparent by half, the next ancestor by a third;
///    each ancestor starts from a tag bonus (`div` +5, `form`/lists −3, headings −5) and its
///    class weight (+25 for `article`, `story`, `content`…, −25 for `share`, `comment`…).
/// 3. Each candidate's score is scaled by (1 − link density); the best one wins.
/// 4. Its siblings join it (`withSiblings`) when they score at least a fifth of it (10 at least;
///    a sibling with the same class gets a fifth of the best score as a bonus), or are paragraphs
///    of prose: over 80 characters with a link density under 0.25, or a shorter sentence without
///    links. Articles split into sections, steps or pages of sibling `div`s are read whole.
enum ContentScorer {
    static let paragraphTags: Set<String> = ["p", "pre", "td"]
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
        "section", "table", "ul",
    ]

    /// The best candidate below `root`, or nil when no element scores.
    static func bestCandidate(in root: HTMLElement) -> HTMLElement? {
        scoredCandidates(in: root)?.best
    }

    /// The best candidate with its siblings that belong to the article, in page order: the best
    /// candidate itself when none joins, else a new `div` holding them (the page is not changed).
    static func withSiblings(in root: HTMLElement) -> HTMLElement? {
        guard let (best, scores) = scoredCandidates(in: root) else { return nil }
        guard let parent = parent(of: best, in: root) else { return best }
        let top = scores[ObjectIdentifier(best)] ?? 0
        let threshold = max(10, top * 0.2)
        let bestClass = best["class"] ?? ""
        let joined = parent.elementChildren.filter { sibling in
            if sibling === best { return true }
            if let score = scores[ObjectIdentifier(sibling)] {
                let bonus = !bestClass.isEmpty && sibling["class"] == bestClass ? top * 0.2 : 0
                if score + bonus >= threshold { return true }
            }
            guard sibling.name == "p" else { return false }
            let text = sibling.text, density = linkDensity(sibling)
            if text.count > 80 { return density < 0.25 }
            return !text.isEmpty && density == 0 && (text.hasSuffix(".") || text.contains(". "))
        }
        return joined.count == 1 ? best : HTMLElement(name: "div", children: joined.map { .element($0) })
    }

    static func parent(of element: HTMLElement, in root: HTMLElement) -> HTMLElement? {
        if root.children.contains(where: { if case .element(let child) = $0 { child === element } else { false } }) { return root }
        return root.descendants { candidate in
            candidate.children.contains { if case .element(let child) = $0 { child === element } else { false } }
        }.first
    }

    /// The best candidate and every candidate's score scaled by (1 − link density).
    private static func scoredCandidates(in root: HTMLElement) -> (best: HTMLElement, scores: [ObjectIdentifier: Double])? {
        var scores: [ObjectIdentifier: Double] = [:]
        var candidates: [HTMLElement] = []
        var path: [HTMLElement] = []
        visit(root, path: &path) { element, ancestors in
            guard isScorable(element) else { return }
            let text = element.text
            let (length, commas) = lengthAndCommas(text)
            guard length >= 25 else { return }
            let score = 1 + Double(commas) + min(Double(length / 100), 3)
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
            scores[ObjectIdentifier(candidate)] = score
            if score > (best?.score ?? -.infinity) { best = (candidate, score) }
        }
        return best.map { ($0.element, scores) }
    }

    /// Characters of `text` and its commas (`,` and the full-width `，`). ASCII text (folded: no
    /// CR LF pair) is counted on bytes; counting `Character`s was a tenth of scoring.
    static func lengthAndCommas(_ text: String) -> (length: Int, commas: Int) {
        var commas = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return (text.count, text.filter { $0 == "," || $0 == "，" }.count) }
            if byte == UInt8(ascii: ",") { commas += 1 }
        }
        return (text.utf8.count, commas)
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
        let weight = ClassHints.weight(element)
        guard weight > 0 else { return base + weight }
        // A body-sounding class (`txt_content_small`, `scrolltext`) on a line of text is a
        // style name, not the article: its bonus grows with the text it holds, up to full
        // credit at `creditedLength` characters.
        return base + weight * min(1, Double(lengthAndCommas(element.text).length) / creditedLength)
    }

    /// Characters of text an element needs for the full bonus of a positive class hint.
    static let creditedLength = 200.0

    /// Share of an element's text that sits inside links (0 for an element without text).
    static func linkDensity(_ element: HTMLElement) -> Double {
        let count = TextMass.count(element)
        return count.text == 0 ? 0 : Double(count.linked) / Double(count.text)
    }

    private static func visit(_ element: HTMLElement, path: inout [HTMLElement], _ body: (HTMLElement, [HTMLElement]) -> Void) {
        body(element, path)
        path.append(element)
        for child in element.elementChildren { visit(child, path: &path, body) }
        path.removeLast()
    }
}
