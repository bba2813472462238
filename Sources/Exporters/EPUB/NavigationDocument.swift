import Core

/// The book's tables of contents: the EPUB 3 navigation document (`nav.xhtml`, with a
/// `toc` nav and hidden `landmarks`) and, for EPUB 2 readers, the NCX (`toc.ncx`). Both list
/// the masthead, each day with its sources and their articles, then the back matter.
struct NavigationDocument {
    static let navFile = "nav.xhtml"
    static let ncxFile = "toc.ncx"

    /// A page after the articles (index parts, places, colophon).
    struct BackMatter {
        var title: String
        var fileName: String
        var landmark: String?
    }

    let plan: BookPlan
    let backMatter: [BackMatter]

    /// `nav.xhtml`.
    func nav(_ info: BookInfo) -> String {
        var body = "<nav epub:type=\"toc\" id=\"toc\">\n<h1>Contents</h1>\n<ol>\n"
        body += "<li><a href=\"\(FrontMatterPages.mastheadFile)\">About this digest</a></li>\n"
        for section in plan.sections {
            body += "<li><a href=\"\(section.fileName)\">\(XMLText.escape(section.heading))</a>\n<ol>\n"
            for group in section.sources {
                // A span, not a link to the section page's anchor: the articles come after that
                // page in the spine, and the toc must follow reading order (epubcheck NAV-011).
                body += "<li><span>\(XMLText.line(SectionPage.sourceName(group.source)))</span>\n<ol>\n"
                for article in group.articles {
                    body += "<li><a href=\"\(article.fileName)\">\(XMLText.line(ArticlePage.headline(plan.headers[article.document])))</a></li>\n"
                }
                body += "</ol>\n</li>\n"
            }
            body += "</ol>\n</li>\n"
        }
        for page in backMatter {
            body += "<li><a href=\"\(page.fileName)\">\(XMLText.escape(page.title))</a></li>\n"
        }
        body += "</ol>\n</nav>\n"
        body += "<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>Landmarks</h2>\n<ol>\n"
        body += "<li><a epub:type=\"cover\" href=\"\(FrontMatterPages.coverFile)\">Cover</a></li>\n"
        body += "<li><a epub:type=\"toc\" href=\"\(Self.navFile)\">Contents</a></li>\n"
        if let first = plan.sections.first {
            body += "<li><a epub:type=\"bodymatter\" href=\"\(first.fileName)\">Articles</a></li>\n"
        }
        for page in backMatter {
            if let landmark = page.landmark { body += "<li><a epub:type=\"\(landmark)\" href=\"\(page.fileName)\">\(XMLText.escape(page.title))</a></li>\n" }
        }
        body += "</ol>\n</nav>"
        return XHTMLPage.render(title: "Contents", language: info.language, bodyClass: "nav", body: body)
    }

    /// `toc.ncx`, with `playOrder` following the reading order.
    func ncx(_ info: BookInfo) -> String {
        var points = ""
        var count = 0
        var orderOfTarget: [String: Int] = [:]
        func point(_ label: String, _ src: String, children: () -> Void = {}) {
            // A source's point targets its first article: one target, one playOrder (RSC-005).
            count += 1
            let order = orderOfTarget[src] ?? orderOfTarget.count + 1
            orderOfTarget[src] = order
            points += "<navPoint id=\"np-\(count)\" playOrder=\"\(order)\"><navLabel><text>\(XMLText.line(label))</text></navLabel><content src=\"\(src)\"/>\n"
            children()
            points += "</navPoint>\n"
        }
        point("About this digest", FrontMatterPages.mastheadFile)
        for section in plan.sections {
            point(section.heading, section.fileName) {
                for group in section.sources {
                    point(SectionPage.sourceName(group.source), group.articles.first?.fileName ?? section.fileName) {
                        for article in group.articles {
                            point(ArticlePage.headline(plan.headers[article.document]), article.fileName)
                        }
                    }
                }
            }
        }
        for page in backMatter { point(page.title, page.fileName) }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="\(info.language)">
            <head>
            <meta name="dtb:uid" content="\(info.identifier)"/>
            <meta name="dtb:depth" content="\(plan.sections.isEmpty ? 1 : 3)"/>
            <meta name="dtb:totalPageCount" content="0"/>
            <meta name="dtb:maxPageNumber" content="0"/>
            </head>
            <docTitle><text>\(XMLText.line(info.title))</text></docTitle>
            <navMap>
            \(points)</navMap>
            </ncx>

            """
    }
}
