/// The package document (`content.opf`, EPUB 3.3 §5): metadata (identifier, title, language,
/// date, sources as contributors, `dcterms:modified`), the manifest of every file and the
/// spine in reading order, with the NCX named for EPUB 2 readers.
struct PackageDocument {
    static let fileName = "content.opf"

    /// One file of the book, in spine order when `inSpine`.
    struct Item {
        var id: String
        var href: String
        var mediaType: String
        var properties: String?
        var inSpine: Bool
    }

    let items: [Item]

    func render(_ info: BookInfo, date: String) -> String {
        var metadata = "<dc:identifier id=\"book-id\">\(info.identifier)</dc:identifier>\n"
        metadata += "<dc:title>\(XMLText.line(info.title))</dc:title>\n"
        metadata += "<dc:language>\(info.language)</dc:language>\n"
        metadata += "<dc:date>\(date)</dc:date>\n"
        metadata += "<dc:creator>newskit</dc:creator>\n"
        metadata += "<dc:publisher>newskit \(XMLText.escape(info.toolVersion))</dc:publisher>\n"
        for source in info.sources { metadata += "<dc:contributor>\(XMLText.line(source.name))</dc:contributor>\n" }
        metadata += "<dc:description>\(XMLText.escape(info.countLine + (info.dateRange.map { ", \($0)" } ?? "")))</dc:description>\n"
        metadata += "<meta property=\"dcterms:modified\">\(info.modified)</meta>\n"
        var manifest = ""
        var spine = ""
        for item in items {
            let properties = item.properties.map { " properties=\"\($0)\"" } ?? ""
            manifest += "<item id=\"\(item.id)\" href=\"\(item.href)\" media-type=\"\(item.mediaType)\"\(properties)/>\n"
            if item.inSpine { spine += "<itemref idref=\"\(item.id)\"/>\n" }
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="\(info.language)">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            \(metadata)</metadata>
            <manifest>
            \(manifest)</manifest>
            <spine toc="ncx">
            \(spine)</spine>
            </package>

            """
    }

    /// `META-INF/container.xml`, pointing at the package document (OCF 3.3 §4.2.6.3.1).
    static let container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles>
        <rootfile full-path="EPUB/content.opf" media-type="application/oebps-package+xml"/>
        </rootfiles>
        </container>

        """
}
