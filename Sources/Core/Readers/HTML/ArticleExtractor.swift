import Foundation

/// The article of a page: body paragraphs and figure captions.
struct ArticleContent {
    var paragraphs: [String]
    var captions: [String]
    /// The element holding the article's first paragraph (the headline is the heading above it).
    var lead: HTMLElement?

    /// Characters of text, separators not counted.
    var length: Int { paragraphs.reduce(0) { $0 + $1.count } }
}

/// Finds the article body of a parsed page and returns its text.
///
/// 1. `PageCleaner` removes what is never article text.
/// 2. The container is the page's `[itemprop=articleBody]`, else its `<article>` with the most
///    paragraph text, else `<main>`, else the best candidate of `ContentScorer`. A marked-up
///    container counts only when it holds at least 200 characters of paragraphs.
/// 3. `TextBlocks` cuts the container into paragraphs, headings and captions; blocks that are
///    mostly links (related lists, "Read more" lines), boilerplate lines (`BoilerplateFilter`)
///    and copyright notices (`CopyrightNotice`) are dropped, and so are headings with no
///    paragraph after them, and the byline and dateline lines above the text (`BylineFilter`).
/// 4. When the page's JSON-LD `articleBody` is more than twice as long as what the markup gave
///    (pages that render their body with scripts), it replaces the paragraphs.
enum ArticleExtractor {
    /// Pages whose extracted text is shorter than this many characters are read again with the
    /// class hints off (readability's retry without `FLAG_STRIP_UNLIKELYS`).
    static let shortText = 250

    static func extract(_ root: HTMLElement, jsonLD: JSONLD, title: String?, boilerplate: BoilerplateFilter, readsClassHints: Bool = true) -> ArticleContent {
        PageCleaner.clean(root, readsClassHints: readsClassHints)
        let container = container(in: root)
        let blocks = container.map { TextBlocks.collect($0) } ?? []
        var kept = filter(blocks, title: title, boilerplate: boilerplate)
        let captions = kept.filter { $0.kind == .caption }.map(\.text)
        kept.removeAll { $0.kind == .caption }
        var paragraphs = BylineFilter.dropLeading(dropOrphanHeadings(kept))
        let length = paragraphs.reduce(0) { $0 + $1.count }
        if let body = jsonLD.articleBody, body.count > 2 * length {
            paragraphs = splitParagraphs(body)
        }
        return ArticleContent(paragraphs: paragraphs, captions: captions, lead: container.flatMap(lead))
    }

    /// The first element of `container` (itself included) holding a sentence: a `p` of 40
    /// characters or more, or text of that length standing directly in it.
    static func lead(in container: HTMLElement) -> HTMLElement? {
        ([container] + container.descendants()).first { element in
            if element.name == "p" { return element.text.count >= 40 }
            return element.children.contains { if case .text(let text) = $0 { TextMass.visibleCharacters(text) >= 40 } else { false } }
        }
    }

    static func container(in root: HTMLElement) -> HTMLElement? {
        let marked = root.descendants(where: PageCleaner.isArticleBody)
        let articles = root.descendants { $0.name == "article" }
        let mains = root.descendants { $0.name == "main" || $0["role"]?.lowercased() == "main" }
        for group in [marked, articles, mains] {
            if let best = group.max(by: { paragraphLength($0) < paragraphLength($1) }), paragraphLength(best) >= 200 {
                return best
            }
        }
        return ContentScorer.withSiblings(in: root) ?? root.first("body") ?? root
    }

    /// Characters of text in paragraphs below `element`, links not counted.
    static func paragraphLength(_ element: HTMLElement) -> Int {
        TextBlocks.collect(element).reduce(0) { total, block in
            block.kind == .paragraph ? total + Int(Double(block.text.count) * (1 - block.linkDensity)) : total
        }
    }

    static func filter(_ blocks: [TextBlock], title: String?, boilerplate: BoilerplateFilter) -> [TextBlock] {
        var kept: [TextBlock] = []
        for block in blocks {
            if block.kind != .caption && block.linkDensity > 0.5 { continue }
            if boilerplate.matches(block.text) || CopyrightNotice.matches(block.text) { continue }
            if block.kind == .heading, let title, block.text == title { continue }
            if kept.last?.text == block.text { continue }
            kept.append(block)
        }
        return kept
    }

    /// Headings followed by another heading or by nothing introduce text that was removed.
    static func dropOrphanHeadings(_ blocks: [TextBlock]) -> [String] {
        var out: [String] = []
        for (index, block) in blocks.enumerated() {
            if block.kind == .heading {
                let next = blocks.dropFirst(index + 1).first
                if next == nil || next?.kind == .heading { continue }
            }
            out.append(block.text)
        }
        return out
    }

    /// JSON-LD bodies separate paragraphs with blank lines, single newlines, or nothing.
    static func splitParagraphs(_ body: String) -> [String] {
        body.replacingOccurrences(of: "\r\n", with: "\n")
            .split(separator: "\n")
            .map { HTMLText.fold(String($0)) }
            .filter { !$0.isEmpty }
    }
}
