import Foundation

/// Turns the bytes of one web page into a document: pure text processing, no I/O.
///
/// The document's `title`, `date`, `source` and `url` come from `HTMLMetadata`; its text from
/// `ArticleExtractor` (paragraphs separated by blank lines). Figure captions are not part of the
/// text: they are kept, in page order, in `metadata["captions"]` (an array of strings), so the
/// text stays the article's prose while nothing the page says about its pictures is lost.
/// Authors go to `metadata["authors"]` (array), the language to `metadata["language"]`, the
/// description to `metadata["description"]`, and a canonical URL that differs from the document's
/// URL (a WARC record's target) to `metadata["canonical_url"]`.
struct HTMLPage {
    /// What the transport knew about the page (a WARC record), or nil for a file.
    struct Transport {
        var url: String?
        var date: String?
        var contentType: String?
    }

    var document: Document

    /// The page has neither article text nor a title (an index page, a redirect stub, or text
    /// nested deeper than libxml2's limit of 256 elements).
    struct NoContent: Error {}

    /// - Parameters:
    ///   - id: the document id (a file stem, or an id derived from a WARC record).
    ///   - location: the file (and record) for warnings.
    /// - Throws: `HTMLPage.NoContent` when the page has no title and no text; `ReadError` when
    ///   libxml2 cannot parse it.
    init(data: Data, id: String, location: String, origin: Origin, transport: Transport? = nil, context: ReadContext) throws {
        var html = HTMLTextDecoder.decode(data, transport: transport?.contentType, location: location, diagnostics: context.diagnostics)
        let root: HTMLElement
        do {
            var parsed = try HTMLTree.parse(html)
            if let repaired = RunawayTitle.repaired(html, root: parsed), let again = try? HTMLTree.parse(repaired) {
                html = repaired
                parsed = again
            }
            root = parsed
        } catch {
            throw ReadError.invalidInput(location: location, reason: "libxml2 could not parse this as HTML. Check that it is a web page.")
        }
        let headlines = HeadlineFinder(root: root)
        var metadata = HTMLMetadata(root: root, headlines: headlines)
        let content = HTMLPage.content(root, html: html, metadata: metadata, boilerplate: context.options.boilerplate)
        metadata.title = metadata.title ?? content.lead.flatMap(headlines.heading) ?? metadata.fallbackTitle
        guard !content.paragraphs.isEmpty || metadata.title != nil else { throw NoContent() }
        let url = transport?.url ?? metadata.url
        document = Document(
            id: id, title: metadata.title, date: metadata.date ?? transport?.date.flatMap(ISODate.normalise),
            source: metadata.source, url: url, text: content.paragraphs.joined(separator: "\n\n"),
            metadata: HTMLPage.extraMetadata(metadata, content: content, url: url), origin: origin)
        if content.paragraphs.isEmpty {
            context.diagnostics.warn("no article text found in the page; kept with its title only", at: location)
        }
    }

    /// The article, read a second time without class hints when the first reading found little
    /// text (a page whose layout classes sound like boilerplate); the longer reading wins.
    static func content(_ root: HTMLElement, html: String, metadata: HTMLMetadata, boilerplate: BoilerplateFilter) -> ArticleContent {
        let title = metadata.title ?? metadata.fallbackTitle
        let content = ArticleExtractor.extract(root, jsonLD: metadata.jsonLD, title: title, boilerplate: boilerplate)
        guard content.length < ArticleExtractor.shortText, let fresh = try? HTMLTree.parse(html) else { return content }
        let retry = ArticleExtractor.extract(fresh, jsonLD: metadata.jsonLD, title: title, boilerplate: boilerplate, readsClassHints: false)
        return retry.length > content.length ? retry : content
    }

    static func extraMetadata(_ metadata: HTMLMetadata, content: ArticleContent, url: String?) -> [String: JSONValue] {
        var extra: [String: JSONValue] = [:]
        if !content.captions.isEmpty { extra["captions"] = .array(content.captions.map { .string($0) }) }
        if !metadata.authors.isEmpty { extra["authors"] = .array(metadata.authors.map { .string($0) }) }
        if let language = metadata.language { extra["language"] = .string(language) }
        if let description = metadata.description { extra["description"] = .string(description) }
        if let canonical = metadata.url, canonical != url { extra["canonical_url"] = .string(canonical) }
        return extra
    }

    /// Whether `prefix` (the first bytes of a file) looks like HTML: `<!doctype html` or `<html`
    /// after an optional byte order mark, whitespace and comments.
    static func looksLikeHTML(_ prefix: Data) -> Bool {
        var bytes = prefix
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // Every pattern below starts with `<`: a first byte past ASCII white space that is
        // another ASCII character rules HTML out without decoding and lowercasing 1 KB (this
        // runs for every .txt file). Non-ASCII bytes (Unicode white space) take the full path.
        let first = bytes.first { !(0x09...0x0D).contains($0) && $0 != 0x20 }
        if let first, first < 0x80, first != UInt8(ascii: "<") { return false }
        let text = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        var rest = Substring(text).drop(while: \.isWhitespace)
        while rest.hasPrefix("<!--"), let end = rest.range(of: "-->") {
            rest = rest[end.upperBound...].drop(while: \.isWhitespace)
        }
        if rest.hasPrefix("<?xml") { return text.contains("<html") }
        return rest.hasPrefix("<!doctype html") || rest.hasPrefix("<html")
    }
}
