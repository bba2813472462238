/// Removes from a parsed page everything that is never article text: scripts, styles, forms,
/// navigation, header and footer, asides, hidden elements, and blocks whose class or id says
/// they are cookie or subscription banners, share bars, related-link lists, promos, bylines or
/// comments (see `ClassHints`). Works in place on the Swift tree.
///
/// A guess from a tag, role or class never removes most of the page's prose: a `<form>` around
/// the whole page (ASP.NET), a `div class="header-wrap"` or `id="shared-history"` around the
/// article, or a `sidebar-layout` column holding it stay (their parts are still cleaned). Comment
/// threads are the exception: they can outweigh the article, and are never it.
struct PageCleaner {
    static let removedTags: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
        "button", "input", "select", "textarea", "nav", "footer", "aside", "dialog", "menu", "link",
        "meta", "img", "picture", "video", "audio", "map",
    ]
    /// Removed unless they hold most of the page's prose.
    static let guessedTags: Set<String> = ["form", "header"]
    static let removedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
        "menubar", "toolbar", "alert",
    ]
    /// Never removed for their class alone: the article's own containers.
    static let protectedTags: Set<String> = ["html", "body", "main", "article"]
    /// Class words for reader comments: removed even when they hold most of the text.
    static let commentHints = ["comment", "disqus", "replies"]

    /// Whether class and id hints are read; the fallback pass for pages the hints empty turns them off.
    var readsClassHints = true
    private let mass: TextMass
    /// Characters of prose (outside links) a block must hold to be kept against a guess.
    private let mostOfPage: Int

    init(root: HTMLElement, readsClassHints: Bool = true) {
        self.readsClassHints = readsClassHints
        mass = TextMass(root)
        mostOfPage = max(200, mass[root].prose / 2)
    }

    /// Cleans the page below `root` in place.
    static func clean(_ root: HTMLElement, readsClassHints: Bool = true) {
        PageCleaner(root: root, readsClassHints: readsClassHints).clean(root)
    }

    /// Characters of text beside a link that make it part of running text: there its class never
    /// removes it (a link with `class="popup"` in the middle of a sentence is part of the sentence).
    static let runningText = 20

    func clean(_ element: HTMLElement) {
        var ownText: Int?
        element.children = element.children.filter { child in
            guard case .element(let node) = child else { return true }
            if isRemoved(node) {
                guard readsClassHints, node.name == "a", !Self.isHidden(node) else { return false }
                let text = ownText ?? Self.directText(of: element)
                ownText = text
                if text < Self.runningText { return false }
            }
            clean(node)
            return true
        }
    }

    /// Visible characters of the text standing directly in `element`.
    static func directText(of element: HTMLElement) -> Int {
        element.children.reduce(0) { total, child in
            if case .text(let text) = child { total + TextMass.visibleCharacters(text) } else { total }
        }
    }

    func isRemoved(_ element: HTMLElement) -> Bool {
        if Self.removedTags.contains(element.name) { return true }
        if Self.isHidden(element) { return true }
        let holdsMostText = mass[element].prose >= mostOfPage
        if Self.guessedTags.contains(element.name) { return !holdsMostText }
        if let role = element["role"]?.lowercased(), Self.removedRoles.contains(role) { return !holdsMostText }
        guard readsClassHints, !Self.protectedTags.contains(element.name), !Self.isArticleBody(element) else { return false }
        let hints = element.classAndID
        guard ClassHints.hasLetter(hints) else { return false }
        if ClassHints.isStrongNegative(hints) {
            if Self.holdsArticleBody(element) { return false }
            return !holdsMostText || ClassHints.contains(Array(hints.utf8), anyOf: Self.commentHints)
        }
        return ClassHints.isWeakNegative(hints) && !ClassHints.isPositive(hints) && !holdsMostText
    }

    static func isHidden(_ element: HTMLElement) -> Bool {
        if element["hidden"] != nil || element["aria-hidden"]?.lowercased() == "true" { return true }
        guard let style = element["style"] else { return false }
        let compact = style.lowercased().filter { $0 != " " }
        return compact.contains("display:none") || compact.contains("visibility:hidden")
    }

    /// `itemprop="articleBody"`, also among other item properties (`itemprop="description articleBody"`).
    static func isArticleBody(_ element: HTMLElement) -> Bool {
        guard let itemprop = element["itemprop"] else { return false }
        return itemprop.lowercased().split(separator: " ").contains("articlebody")
    }

    /// A wrapper with a misleading class (`<div class="has-comments">`) around the article body stays.
    static func holdsArticleBody(_ element: HTMLElement) -> Bool {
        !element.descendants { $0.name == "article" || isArticleBody($0) }.isEmpty
    }
}
