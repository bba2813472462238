import CLibXML2
import Foundation

/// One node of a parsed page: an element or a run of text. Comments, processing instructions
/// and doctype nodes are dropped while converting.
enum HTMLNode {
    case element(HTMLElement)
    case text(String)
}

/// An element of a parsed page, with lower-cased name and attribute names.
///
/// A plain Swift tree copied out of libxml2's, so no C pointer outlives `HTMLTree.parse` and the
/// extraction code is ordinary, testable Swift. Pages are small; the copy costs little.
final class HTMLElement {
    let name: String
    let attributes: [String: String]
    /// Changing the children (`PageCleaner`) forgets the cached text of this element.
    var children: [HTMLNode] {
        didSet { cachedText = nil }
    }
    private var cachedText: String?

    init(name: String, attributes: [String: String] = [:], children: [HTMLNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The value of attribute `name` (lower-case), or nil.
    subscript(_ name: String) -> String? { attributes[name] }

    /// The `class` and `id` attributes joined, lower-cased: what class/id hints are matched
    /// against. Made once: cleaning, scoring and headline finding each ask.
    var classAndID: String {
        if let cachedHints { return cachedHints }
        let hints = ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
        cachedHints = hints
        return hints
    }
    private var cachedHints: String?

    /// Child elements, in order.
    var elementChildren: [HTMLElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// Every descendant element in document order (depth first), this one excluded.
    func descendants(where predicate: (HTMLElement) -> Bool = { _ in true }) -> [HTMLElement] {
        var found: [HTMLElement] = []
        var stack = Array(elementChildren.reversed())
        while let next = stack.popLast() {
            if predicate(next) { found.append(next) }
            stack.append(contentsOf: next.elementChildren.reversed())
        }
        return found
    }

    /// The first descendant named `name`.
    func first(_ name: String) -> HTMLElement? {
        descendants { $0.name == name }.first
    }

    /// All text below this element, whitespace folded to single spaces and trimmed. Cached:
    /// scoring asks for it many times. (Pages are cleaned before scoring starts, so an
    /// ancestor's cache is never stale when it is read.)
    var text: String {
        if let cachedText { return cachedText }
        let folded = HTMLText.fold(rawText)
        cachedText = folded
        return folded
    }

    /// All text below this element as it stands in the page.
    var rawText: String {
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        for child in children {
            switch child {
            case .text(let text): out += text
            case .element(let element):
                if element.name == "br" { out += " " } else { element.appendText(to: &out) }
            }
        }
    }
}

/// Parses HTML with libxml2's HTML parser into an `HTMLElement` tree.
enum HTMLTree {
    /// Recover from broken markup, stay silent, never touch the network, keep whitespace text
    /// (it separates words), and ignore `<meta charset>`: the bytes handed in are already UTF-8.
    /// `<html>`, `<head>` and `<body>` are implied where missing, as browsers imply them: without
    /// that, a page opening with `<style>` before any `<html>` lost its body.
    static let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// libxml2 must be initialised once before threads parse at the same time.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses UTF-8 `html` and returns the root element (`<html>`, or a synthetic one holding
    /// top-level nodes when the page has no single root).
    /// - Throws: `HTMLTreeError.unparsable` when libxml2 returns no document at all.
    static func parse(_ html: String) throws -> HTMLElement {
        _ = initialised
        var bytes = Array(html.utf8)
        if bytes.isEmpty { bytes = Array(" ".utf8) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { throw HTMLTreeError.unparsable }
        defer { xmlFreeDoc(document) }
        let top = convertChildren(of: document.pointee.children)
        let elements = top.compactMap { if case .element(let element) = $0 { element } else { nil } }
        if elements.count == 1, elements[0].name == "html" { return elements[0] }
        return HTMLElement(name: "html", children: top)
    }

    private static func convertChildren(of first: xmlNodePtr?) -> [HTMLNode] {
        var nodes: [HTMLNode] = []
        var cursor = first
        while let node = cursor {
            if let converted = convert(node) { nodes.append(converted) }
            cursor = node.pointee.next
        }
        return nodes
    }

    private static func convert(_ node: xmlNodePtr) -> HTMLNode? {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            let name = string(node.pointee.name)?.lowercased() ?? ""
            return .element(HTMLElement(name: name, attributes: attributes(of: node), children: convertChildren(of: node.pointee.children)))
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            return string(node.pointee.content).map { .text($0) }
        default:
            return nil
        }
    }

    private static func attributes(of node: xmlNodePtr) -> [String: String] {
        var attributes: [String: String] = [:]
        var cursor = node.pointee.properties
        while let attribute = cursor {
            if let name = string(attribute.pointee.name)?.lowercased() {
                var value = ""
                var child = attribute.pointee.children
                while let text = child {
                    value += string(text.pointee.content) ?? ""
                    child = text.pointee.next
                }
                // The first of repeated attributes wins, as in browsers.
                if attributes[name] == nil { attributes[name] = value }
            }
            cursor = attribute.pointee.next
        }
        return attributes
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}

/// libxml2 returned no document.
enum HTMLTreeError: Error {
    case unparsable
}

/// Whitespace handling for text taken out of HTML.
enum HTMLText {
    /// Folds runs of whitespace (including no-break spaces) to one space and trims the ends.
    static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            // ASCII first: Unicode properties are a table lookup per character.
            let isSpace = scalar.value < 0x80 ? (scalar == " " || (0x09...0x0D).contains(scalar.value))
                : (scalar.properties.isWhitespace || scalar == "\u{200B}")
            if isSpace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.unicodeScalars.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
