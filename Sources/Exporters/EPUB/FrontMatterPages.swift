/// The cover (title, dates, counts) and the masthead (what the digest holds: dates, sources
/// with their counts, sections, grouped duplicates), the book's first two pages.
enum FrontMatterPages {
    static let coverFile = "cover.xhtml"
    static let mastheadFile = "masthead.xhtml"

    static func cover(_ info: BookInfo) -> String {
        var body = "<section class=\"cover\" epub:type=\"titlepage\">\n"
        body += "<h1 dir=\"auto\">\(XMLText.line(info.title))</h1>\n<div class=\"rule\"></div>\n"
        if let range = info.dateRange { body += "<p>\(XMLText.escape(range))</p>\n" }
        body += "<p>\(XMLText.escape(info.countLine))</p>\n"
        body += "<p class=\"kicker\">A news digest made with newskit</p>\n</section>"
        return XHTMLPage.render(title: info.title, language: info.language, bodyClass: "cover", epubType: "cover", body: body)
    }

    static func masthead(_ info: BookInfo, plan: BookPlan) -> String {
        var body = "<section class=\"masthead\" epub:type=\"frontmatter\">\n"
        body += "<h1 dir=\"auto\">\(XMLText.line(info.title))</h1>\n<dl>\n"
        body += "<dt>Dates</dt><dd>\(XMLText.escape(info.dateRange ?? "Undated"))</dd>\n"
        body += "<dt>Articles</dt><dd>\(info.articleCount) shown"
        if info.groupedDuplicates > 0 {
            body += "; \(info.groupedDuplicates) more \(info.groupedDuplicates == 1 ? "copy" : "copies") of the same stories listed under \u{201C}Also reported by\u{201D}"
        }
        body += "</dd>\n<dt>Sources</dt>"
        if info.sources.isEmpty { body += "<dd>Not named in the input</dd>\n" }
        for source in info.sources {
            body += "<dd><bdi>\(XMLText.line(source.name))</bdi> (\(source.documents))</dd>\n"
        }
        body += "</dl>\n"
        if !plan.sections.isEmpty {
            body += "<h2>Sections</h2>\n<ul class=\"contents\">\n"
            for section in plan.sections {
                body += "<li><a href=\"\(section.fileName)\">\(XMLText.escape(section.heading))</a> <span class=\"number\">(\(section.articleCount))</span></li>\n"
            }
            body += "</ul>\n"
        }
        body += "</section>"
        return XHTMLPage.render(title: "About this digest", language: info.language, bodyClass: "masthead", body: body)
    }
}
