import Core

/// The page that opens a day: its date, and its stories' headlines grouped by source, each
/// linking to the story. Sources get anchors so the table of contents can point at them.
enum SectionPage {
    static func render(_ section: BookPlan.Section, headers: HeaderTable, language: String) -> String {
        var body = "<section epub:type=\"chapter\">\n<h1>\(XMLText.escape(section.heading))</h1>\n"
        let count = section.articleCount
        body += "<p class=\"kicker\">\(count == 1 ? "1 article" : "\(count) articles")</p>\n"
        for group in section.sources {
            body += "<h2 id=\"\(group.anchor)\" dir=\"auto\">\(XMLText.line(SectionPage.sourceName(group.source)))</h2>\n<ul class=\"contents\">\n"
            for article in group.articles {
                let headline = ArticlePage.headline(headers[article.document])
                body += "<li><span class=\"number\">\(article.number)</span> <a href=\"\(article.fileName)\" dir=\"auto\">\(XMLText.line(headline))</a></li>\n"
            }
            body += "</ul>\n"
        }
        body += "</section>"
        return XHTMLPage.render(title: section.heading, language: language, bodyClass: "section", body: body)
    }

    /// The name shown for a source, "Unknown source" when the input named none.
    static func sourceName(_ source: String?) -> String {
        guard let source, !source.allSatisfy(\.isWhitespace) else { return "Unknown source" }
        return source
    }
}
