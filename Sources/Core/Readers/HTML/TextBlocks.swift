/// A paragraph-level piece of article text.
struct TextBlock: Equatable {
    enum Kind: Equatable { case paragraph, heading, caption }
    var kind: Kind
    var text: String
    /// Share of the text inside links.
    var linkDensity: Double
}

/// Cuts an article container into blocks: `p`, `h2`–`h6`, `li`, `blockquote`, `pre`, `dt`/`dd`
/// and table cells are blocks; text sitting directly in a `div` or `section` between blocks is a
/// block too. `figcaption` (and elements with a `caption` class) become caption blocks; the
/// rest of a `figure` (images, credits) is dropped. `h1` is the headline, kept in the title.
enum TextBlocks {
    static let blockTags: Set<String> = ["p", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dt", "dd", "td", "th"]
    static let headingTags: Set<String> = ["h2", "h3", "h4", "h5", "h6"]

    static func collect(_ container: HTMLElement) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var run = InlineRun()
        walk(container, blocks: &blocks, run: &run)
        run.flush(into: &blocks)
        return blocks
    }

    private static func walk(_ element: HTMLElement, blocks: inout [TextBlock], run: inout InlineRun) {
        for child in element.children {
            switch child {
            case .text(let text):
                run.add(text, linked: false)
            case .element(let node):
                visit(node, blocks: &blocks, run: &run)
            }
        }
    }

    private static func visit(_ node: HTMLElement, blocks: inout [TextBlock], run: inout InlineRun) {
        if node.name == "figcaption" || isCaption(node) {
            run.flush(into: &blocks)
            append(node, kind: .caption, to: &blocks)
        } else if node.name == "h1" {
            run.flush(into: &blocks)
        } else if blockTags.contains(node.name) && !containsBlocks(node) {
            run.flush(into: &blocks)
            append(node, kind: headingTags.contains(node.name) ? .heading : .paragraph, to: &blocks)
        } else if node.name == "a" {
            run.add(node.rawText, linked: true)
        } else if ContentScorer.blockTags.contains(node.name) || node.name == "br" && run.endsInBreak {
            run.flush(into: &blocks)
            walk(node, blocks: &blocks, run: &run)
            run.flush(into: &blocks)
        } else if node.name == "br" {
            run.add(" ", linked: false)
            run.endsInBreak = true
        } else {
            walk(node, blocks: &blocks, run: &run)
        }
    }

    /// A paragraph or list item holding paragraphs (a `li` around `p`s) is walked, not taken whole.
    private static func containsBlocks(_ node: HTMLElement) -> Bool {
        node.elementChildren.contains { $0.name == "p" || $0.name == "ul" || $0.name == "ol" || $0.name == "table" }
    }

    private static func isCaption(_ node: HTMLElement) -> Bool {
        ClassHints.tokens(node.classAndID).contains { $0 == "caption" || $0 == "wp-caption-text" }
    }

    private static func append(_ node: HTMLElement, kind: TextBlock.Kind, to blocks: inout [TextBlock]) {
        let text = node.text
        guard !text.isEmpty else { return }
        blocks.append(TextBlock(kind: kind, text: text, linkDensity: ContentScorer.linkDensity(node)))
    }

    /// Inline text between blocks, gathered until the next block starts.
    struct InlineRun {
        var text = ""
        var linked = 0
        var endsInBreak = false

        mutating func add(_ piece: String, linked isLinked: Bool) {
            text += piece
            if isLinked { linked += HTMLText.fold(piece).count }
            if !piece.allSatisfy(\.isWhitespace) { endsInBreak = false }
        }

        mutating func flush(into blocks: inout [TextBlock]) {
            let folded = HTMLText.fold(text)
            if !folded.isEmpty {
                blocks.append(TextBlock(kind: .paragraph, text: folded, linkDensity: min(1, Double(linked) / Double(folded.count))))
            }
            self = InlineRun()
        }
    }
}
