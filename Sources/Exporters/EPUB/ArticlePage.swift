import Core
import Foundation

/// One story as a page: number, source and date, headline, link to the original, its
/// paragraphs, and the other outlets that ran the same copy ("Also reported by").
///
/// Every piece of text goes through `XMLText`, and text elements carry `dir="auto"` so a
/// right-to-left paragraph is laid out right to left without disturbing its neighbours.
enum ArticlePage {
    static func render(_ article: BookPlan.Article, text: String, headers: HeaderTable, language: String) -> String {
        let header = headers[article.document]
        let headline = headline(header)
        var body = "<article>\n<header>\n"
        // One allocation for a long article, not a doubling series of them (escaping adds little).
        body.reserveCapacity(text.utf8.count + text.utf8.count / 16 + 4096)
        body += "<p class=\"kicker\">No. \(article.number)"
        if let source = header.source, !source.allSatisfy(\.isWhitespace) { body += " · <bdi>\(XMLText.line(source))</bdi>" }
        if let date = header.date { body += " · \(XMLText.escape(BookDate.day(of: date).map(BookDate.long) ?? date))" }
        body += "</p>\n<h1 dir=\"auto\">\(XMLText.line(headline))</h1>\n"
        if let url = header.url { body += "<p>\(link(url))</p>\n" }
        body += "</header>\n"
        var first = true
        let escapedHeadline = XMLText.line(headline)
        for paragraph in Document.paragraphs(in: text) {
            let text = XMLText.line(paragraph)
            // Readers that take the headline from the first line may leave it in the body too.
            guard !text.isEmpty, !(first && text == escapedHeadline) else { continue }
            body += first ? "<p class=\"first\" dir=\"auto\">" : "<p dir=\"auto\">"
            body += text
            body += "</p>\n"
            first = false
        }
        if !article.alsoReported.isEmpty { body += alsoReported(article.alsoReported, headers: headers) }
        body += "</article>"
        return XHTMLPage.render(title: headline, language: language, bodyClass: "article", body: body)
    }

    /// The headline, or the document id when the input had none.
    static func headline(_ header: DocumentHeader) -> String {
        guard let title = header.title, !title.allSatisfy(\.isWhitespace) else { return "Untitled (\(header.id))" }
        return title
    }

    private static func alsoReported(_ others: [Int], headers: HeaderTable) -> String {
        var html = "<aside class=\"also\">\n<h2>Also reported by</h2>\n<ul class=\"also\">\n"
        for index in others {
            let other = headers[index]
            html += "<li><bdi class=\"entry\">\(XMLText.line(SectionPage.sourceName(other.source)))</bdi>"
            if let date = other.date { html += ", \(XMLText.escape(BookDate.day(of: date).map(BookDate.medium) ?? date))" }
            html += ": <span dir=\"auto\">\u{201C}\(XMLText.line(headline(other)))\u{201D}</span>"
            if let url = other.url { html += " \(link(url))" }
            html += "</li>\n"
        }
        return html + "</ul>\n</aside>\n"
    }

    /// A link for http(s) URLs made only of the characters RFC 3986 allows (percent-escapes
    /// included); anything else is shown as plain text, since epubcheck rejects an invalid
    /// href (RSC-020).
    static func link(_ url: String) -> String {
        let trimmed = url.trimmingCharacters(in: .whitespacesAndNewlines)
        let escaped = XMLText.line(trimmed)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), isURI(trimmed),
              let host = URLComponents(string: trimmed)?.host, !host.isEmpty else {
            return "<span class=\"url\">\(escaped)</span>"
        }
        return "<a href=\"\(escaped)\">\(escaped)</a>"
    }

    private static let uriCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%".utf8)

    /// True when `text` has only RFC 3986 characters and every `%` starts a two-digit hex escape.
    static func isURI(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        for (offset, byte) in bytes.enumerated() {
            guard uriCharacters.contains(byte) else { return false }
            if byte == UInt8(ascii: "%") {
                guard offset + 2 < bytes.count,
                      bytes[(offset + 1)...(offset + 2)].allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) })
                else { return false }
            }
        }
        return true
    }
}
