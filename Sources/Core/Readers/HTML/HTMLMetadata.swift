import Foundation

/// What a page says about its article outside the body text, read in the order of precedence
/// newskit uses (first found wins):
///
/// - title: the headline, found by `HeadlineFinder` from `og:title`, `twitter:title`, JSON-LD
///   `headline`, `<meta name="headline">` (and `parsely-title`, `sailthru.title`, `dc.title`),
///   `<title>` and the page's headings
/// - date: `article:published_time`, JSON-LD `datePublished`, `<meta name="date">` and similar,
///   the first `<time datetime>`; only ISO 8601 values count (see `ISODate`)
/// - source: `og:site_name`, JSON-LD `publisher.name`, `application-name`
/// - url: `<link rel="canonical">`, `og:url`, JSON-LD `url`
/// - author(s): `<meta name="author">`, `article:author` (when not a URL), JSON-LD `author`
/// - language: `<html lang>`, `og:locale`, JSON-LD `inLanguage`
struct HTMLMetadata: Equatable {
    /// The headline when the page states it or shows a part of its `<title>`; nil leaves the
    /// choice to the heading above the article (see `HTMLPage`), then `fallbackTitle`.
    var title: String?
    var fallbackTitle: String?
    var date: String?
    var source: String?
    var url: String?
    var authors: [String] = []
    var language: String?
    var description: String?
    var jsonLD: JSONLD

    init(root: HTMLElement, headlines: HeadlineFinder) {
        var meta: [String: String] = [:]
        var links: [String: String] = [:]
        var scripts: [String] = []
        var titleElement: String?
        var firstH1: String?
        var firstTime: String?
        for element in root.descendants() {
            switch element.name {
            case "meta":
                if let key = (element["property"] ?? element["name"] ?? element["itemprop"])?.lowercased(),
                   let content = element["content"].map(HTMLText.fold), !content.isEmpty, meta[key] == nil {
                    meta[key] = content
                }
            case "link":
                for rel in (element["rel"] ?? "").lowercased().split(separator: " ") where links[String(rel)] == nil {
                    links[String(rel)] = element["href"]
                }
            case "script" where (element["type"] ?? "").lowercased().contains("ld+json"):
                scripts.append(element.rawText)
            case "title" where titleElement == nil:
                titleElement = element.text
            case "h1" where firstH1 == nil:
                firstH1 = element.text.isEmpty ? nil : element.text
            case "time" where firstTime == nil:
                firstTime = element["datetime"]
            default: break
            }
        }
        jsonLD = JSONLD(scripts: scripts)
        source = Self.first(meta["og:site_name"], jsonLD.publisher, meta["application-name"])
        title = headlines.headline(
            stated: [meta["og:title"], meta["twitter:title"], jsonLD.headline, meta["headline"], meta["parsely-title"], meta["sailthru.title"],
                     meta["dc.title"]].map { $0.map(HTMLText.fold) },
            title: titleElement, site: source).flatMap { Self.first($0) }
        fallbackTitle = headlines.fallback(title: titleElement, firstH1: firstH1, site: source).flatMap { Self.first($0) }
        date = [meta["article:published_time"], jsonLD.datePublished, meta["date"], meta["pubdate"], meta["publishdate"],
                meta["dc.date.issued"], meta["datepublished"], firstTime].lazy.compactMap { $0.flatMap(ISODate.normalise) }.first
        url = Self.first(links["canonical"], meta["og:url"], jsonLD.url)
        let metaAuthors = [meta["author"], meta["article:author"].flatMap { $0.contains("://") ? nil : $0 }].compactMap { $0 }
        authors = metaAuthors.isEmpty ? jsonLD.authors : metaAuthors
        language = Self.first(root["lang"] ?? root["xml:lang"], meta["og:locale"], jsonLD.language)
        description = Self.first(meta["og:description"], meta["description"])
    }

    static func first(_ candidates: String?...) -> String? {
        candidates.lazy.compactMap { $0.map(HTMLText.fold) }.first { !$0.isEmpty }
    }

    /// `Harbour fire spreads | The Coastal Herald` → `Harbour fire spreads` when the part after
    /// the separator is the site name.
    static func trimSiteName(_ title: String, site: String?) -> String {
        guard let site, !site.isEmpty else { return title }
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            if let range = title.range(of: separator, options: .backwards),
               title[range.upperBound...].trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(site) == .orderedSame {
                return String(title[..<range.lowerBound])
            }
        }
        return title
    }
}
