import Core
import Foundation

/// The back-of-book index: for each person, organisation and place, the numbers of the
/// articles that name it, linked. Built from `corpus.entities` and `corpus.mentions`; a
/// mention in a grouped duplicate points at the article shown for its group. Entities that no
/// mention reaches are left out.
struct EntityIndex {
    /// One index entry.
    struct Entry {
        var entity: Entity
        /// Article numbers, ascending, without repeats.
        var articles: [Int]
    }

    /// One part of the index, a page of its own.
    struct Part {
        var title: String
        var fileName: String
        var entries: [Entry]
    }

    let parts: [Part]

    init(corpus: Corpus, plan: BookPlan) {
        let documentIndex = plan.headers.firstIndexByID()
        // Mentions come in document order: skipping repeats of the last article keeps one small
        // entry per (entity, article) pair instead of a set per entity.
        var articlesOfEntity: [String: [Int]] = [:]
        for mention in corpus.mentions {
            guard let index = documentIndex[mention.documentID] else { continue }
            let article = plan.articleNumberOfDocument[index]
            if articlesOfEntity[mention.entityID]?.last != article { articlesOfEntity[mention.entityID, default: []].append(article) }
        }
        func entries(_ types: Set<EntityType>) -> [Entry] {
            corpus.entities.filter { types.contains($0.type) }
                .compactMap { entity -> (key: [String], entry: Entry)? in
                    guard let articles = articlesOfEntity[entity.id], !articles.isEmpty else { return nil }
                    return (EntityIndex.collationKey(entity), Entry(entity: entity, articles: Array(Set(articles)).sorted()))
                }
                // Keys made once per entry, not twice per comparison (trimming and lowercasing were 2% of an export).
                .sorted { $0.key.lexicographicallyPrecedes($1.key) }
                .map(\.entry)
        }
        parts = [
            Part(title: "People", fileName: "index-people.xhtml", entries: entries([.person])),
            Part(title: "Organisations", fileName: "index-organisations.xhtml", entries: entries([.org])),
            Part(title: "Places", fileName: "index-places.xhtml", entries: entries([.city, .country, .location])),
        ].filter { !$0.entries.isEmpty }
    }

    /// One page of the index, with a heading for each initial letter.
    func render(_ part: Part, plan: BookPlan, language: String) -> String {
        var body = "<section epub:type=\"index\">\n<h1>Index of \(part.title.lowercased())</h1>\n"
        var letter: String?
        for entry in part.entries {
            let initial = Self.initial(entry.entity.name)
            if initial != letter {
                if letter != nil { body += "</ul>\n" }
                body += "<h2>\(XMLText.escape(initial))</h2>\n<ul class=\"entries\">\n"
                letter = initial
            }
            body += "<li><span class=\"entry\" dir=\"auto\">\(XMLText.line(entry.entity.name))</span>"
            if entry.entity.type.isPlace, part.title == "Places" { body += " <span class=\"number\">(\(Self.kind(entry.entity.type)))</span>" }
            body += " "
            body += entry.articles.map { "<a href=\"article-\(BookPlan.padded($0)).xhtml\">\($0)</a>" }.joined(separator: ", ")
            body += "</li>\n"
        }
        if letter != nil { body += "</ul>\n" }
        body += "</section>"
        return XHTMLPage.render(title: "Index of \(part.title.lowercased())", language: language, bodyClass: "index", body: body)
    }

    private static func kind(_ type: EntityType) -> String {
        switch type {
        case .city: "city"
        case .country: "country"
        default: "place"
        }
    }

    /// The heading letter for a name: its first letter upper-cased, "#" for digits and symbols.
    static func initial(_ name: String) -> String {
        guard let first = name.first(where: { !$0.isWhitespace }), first.isLetter else { return "#" }
        return String(first).uppercased()
    }

    /// Sorts names case-insensitively, symbols first, then by the exact name and id.
    private static func collationKey(_ entity: Entity) -> [String] {
        let name = entity.name.trimmingCharacters(in: .whitespaces)
        return [initial(name) == "#" ? "0" : "1", name.lowercased(), name, entity.id]
    }
}
