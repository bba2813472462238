/// The colophon: the sources and how the book was made (newskit version, the
/// SOURCE_DATE_EPOCH date, how duplicates were grouped, where entities come from).
enum ColophonPage {
    static let fileName = "colophon.xhtml"

    static func render(_ info: BookInfo, entityCount: Int) -> String {
        var body = "<section class=\"colophon\" epub:type=\"colophon\">\n<h1>Colophon</h1>\n"
        body += "<h2>Sources</h2>\n"
        if info.sources.isEmpty {
            body += "<p>The input did not name the outlets.</p>\n"
        } else {
            body += "<ul class=\"contents\">\n"
            for source in info.sources {
                body += "<li><bdi>\(XMLText.line(source.name))</bdi>: \(source.documents == 1 ? "1 article" : "\(source.documents) articles")</li>\n"
            }
            body += "</ul>\n"
        }
        body += "<h2>How this book was made</h2>\n"
        body += "<p>Made with newskit \(XMLText.escape(info.toolVersion)) from \(info.documentCount == 1 ? "1 document" : "\(info.documentCount) documents"). "
        let day = BookDate.medium(String(info.modified.prefix(10)))
        let time = info.modified.dropFirst(11).prefix(5)
        body += "The book is dated \(XMLText.escape(day)), \(XMLText.escape(time)) UTC: the SOURCE_DATE_EPOCH of the run, "
        body += "not the clock, so the same articles always make the same file.</p>\n"
        body += "<p>Articles are grouped by day, then by source."
        if !info.duplicatesShare.isEmpty {
            body += " Stories that are the same wire copy run by several outlets "
            body += "(at least \(info.duplicatesShare) of the shorter story's sampled five-word phrases found in the other) appear once; "
            body += "the other outlets are listed under \u{201C}Also reported by\u{201D}"
            body += info.groupedDuplicates > 0 ? " (\(info.groupedDuplicates) grouped in this book)." : "."
        }
        body += "</p>\n"
        if entityCount > 0 {
            body += "<p>The index lists \(entityCount) people, organisations and places that newskit found in the text; "
            body += "cities are located with GeoNames.</p>\n"
        }
        body += "<p>Identifier: \(XMLText.escape(info.identifier))</p>\n</section>"
        return XHTMLPage.render(title: "Colophon", language: info.language, bodyClass: "colophon", body: body)
    }
}
