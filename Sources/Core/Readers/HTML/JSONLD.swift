import Foundation

/// The article facts a page states in JSON-LD (`<script type="application/ld+json">`,
/// https://schema.org/NewsArticle). Scripts are parsed with JSONSerialization; `@graph` and
/// top-level arrays are flattened, and the first object whose `@type` is an article type wins
/// (else the first with a `datePublished`). Scripts that are not valid JSON are ignored.
struct JSONLD: Equatable {
    var headline: String?
    var datePublished: String?
    var publisher: String?
    var authors: [String] = []
    var articleBody: String?
    var url: String?
    var language: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting", "report", "scholarlyarticle",
    ]

    /// The facts of the article object in `scripts` (the scripts' text), or an empty value.
    init(scripts: [String]) {
        let objects = scripts.flatMap { script -> [[String: Any]] in
            guard let data = script.trimmingCharacters(in: .whitespacesAndNewlines).data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return [] }
            return JSONLD.flatten(json)
        }
        let article = objects.first { JSONLD.types(of: $0).contains { JSONLD.articleTypes.contains($0) } }
            ?? objects.first { $0["datePublished"] != nil }
        guard let article else { return }
        headline = JSONLD.string(article["headline"]) ?? JSONLD.string(article["name"])
        datePublished = JSONLD.string(article["datePublished"]) ?? JSONLD.string(article["dateCreated"])
        publisher = JSONLD.name(article["publisher"])
        authors = JSONLD.names(article["author"])
        // Kept with its newlines: they are the only paragraph breaks a JSON-LD body has.
        articleBody = (article["articleBody"] as? String).flatMap { $0.contains(where: { !$0.isWhitespace }) ? $0 : nil }
        url = JSONLD.string(article["url"]) ?? JSONLD.string((article["mainEntityOfPage"] as? [String: Any])?["@id"])
            ?? JSONLD.string(article["mainEntityOfPage"])
        language = JSONLD.string(article["inLanguage"])
    }

    /// Objects of a JSON-LD value: arrays and `@graph` members, depth first, in order.
    static func flatten(_ value: Any) -> [[String: Any]] {
        if let array = value as? [Any] { return array.flatMap(flatten) }
        guard let object = value as? [String: Any] else { return [] }
        var out = [object]
        if let graph = object["@graph"] { out += flatten(graph) }
        return out
    }

    static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [Any] { return types.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    static func string(_ value: Any?) -> String? {
        if let array = value as? [Any] { return array.lazy.compactMap { string($0) }.first }
        guard let text = value as? String else { return nil }
        let folded = HTMLText.fold(text)
        return folded.isEmpty ? nil : folded
    }

    /// A `name` from a string, an object with `name`, or the first of an array of them.
    static func name(_ value: Any?) -> String? {
        names(value).first
    }

    static func names(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        return string(value).map { [$0] } ?? []
    }
}
