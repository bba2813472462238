/// Removes from a parsed page everything that is never article text: scripts, styles, forms,
/// navigation, header and footer, asides, hidden elements, and blocks whose class or id says
/// they are cookie or subscription banners, share bars, related-link lists, promos, bylines or
/// comments (see `ClassHints`). Works in place on the Swift tree.
enum PageCleaner {
    static let removedTags: Set<String> = [
        "head", "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "form",
        "button", "input", "select", "textarea", "nav", "footer", "aside", "dialog", "menu", "header", "link",
        "meta", "img", "picture", "video", "audio", "map",
    ]
    static let removedRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu",
        "menubar", "toolbar", "alert",
    ]
    /// Never removed for their class alone: the article's own containers.
    static let protectedTags: Set<String> = ["html", "body", "main", "article"]

    static func clean(_ element: HTMLElement) {
        element.children = element.children.filter { child in
            guard case .element(let node) = child else { return true }
            if isRemoved(node) { return false }
            clean(node)
            return true
        }
    }

    static func isRemoved(_ element: HTMLElement) -> Bool {
        if removedTags.contains(element.name) { return true }
        if let role = element["role"]?.lowercased(), removedRoles.contains(role) { return true }
        if isHidden(element) { return true }
        guard !protectedTags.contains(element.name), element["itemprop"]?.lowercased() != "articlebody" else { return false }
        let hints = element.classAndID
        guard hints.contains(where: { $0.isLetter }) else { return false }
        if ClassHints.isStrongNegative(hints) { return !holdsArticleBody(element) }
        return ClassHints.isWeakNegative(hints) && !ClassHints.isPositive(hints)
    }

    static func isHidden(_ element: HTMLElement) -> Bool {
        if element["hidden"] != nil || element["aria-hidden"]?.lowercased() == "true" { return true }
        let style = (element["style"] ?? "").lowercased().filter { $0 != " " }
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    /// A wrapper with a misleading class (`<div class="has-comments">`) around the article body stays.
    static func holdsArticleBody(_ element: HTMLElement) -> Bool {
        !element.descendants { $0.name == "article" || $0["itemprop"]?.lowercased() == "articlebody" }.isEmpty
    }
}
