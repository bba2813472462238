/// The frame every XHTML content document of the book shares: XML declaration, HTML5 doctype,
/// the XHTML and OPS namespaces, the language on `lang` and `xml:lang`, and the stylesheet.
enum XHTMLPage {
    /// A complete page. `title` is escaped here; `body` must already be escaped XHTML.
    static func render(title: String, language: String, bodyClass: String, epubType: String? = nil, body: String) -> String {
        let type = epubType.map { " epub:type=\"\($0)\"" } ?? ""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="\(language)" xml:lang="\(language)">
            <head>
            <meta charset="UTF-8"/>
            <title>\(XMLText.line(title))</title>
            <link rel="stylesheet" type="text/css" href="style.css"/>
            </head>
            <body class="\(bodyClass)"\(type)>
            \(body)
            </body>
            </html>

            """
    }
}

/// Facts about the whole book that several pages show: the masthead, the cover, the colophon,
/// the package document.
struct BookInfo {
    var title: String
    var language: String
    /// `urn:uuid:...` derived from the documents' content.
    var identifier: String
    var firstDay: String?
    var lastDay: String?
    /// Each source with the number of documents it contributed (duplicates included), by name.
    var sources: [(name: String, documents: Int)]
    var documentCount: Int
    var articleCount: Int
    var groupedDuplicates: Int
    /// "20%", the duplicates threshold as the colophon states it; empty when grouping is off.
    var duplicatesShare: String
    var toolVersion: String
    /// `YYYY-MM-DDTHH:MM:SSZ`, from SOURCE_DATE_EPOCH.
    var modified: String

    /// "28 February 2022" or "28 February – 3 March 2022"; nil without dates.
    var dateRange: String? {
        guard let firstDay else { return nil }
        guard let lastDay, lastDay != firstDay else { return BookDate.medium(firstDay) }
        return "\(BookDate.medium(firstDay)) – \(BookDate.medium(lastDay))"
    }

    /// "5 articles from 4 sources".
    var countLine: String {
        let articles = articleCount == 1 ? "1 article" : "\(articleCount) articles"
        let named = sources.count
        return named == 0 ? articles : "\(articles) from \(named == 1 ? "1 source" : "\(named) sources")"
    }
}
