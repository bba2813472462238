import Core
import Foundation

/// The places page: the map of mentioned cities (`PlacesMap`), a table of every mentioned city with its country, coordinates and the
/// articles that name it, most-reported first, and a table of the other places (countries, states and provinces, counties,
/// regions, seas) with their kind.
enum PlacesPage {
    static let fileName = "places.xhtml"

    /// The cities of the index's places, most articles first, then by name.
    static func cities(_ index: EntityIndex) -> [EntityIndex.Entry] {
        index.parts.flatMap(\.entries).filter { $0.entity.type == .city }
            .sorted { ($0.articles.count, $1.entity.name, $1.entity.id) > ($1.articles.count, $0.entity.name, $0.entity.id) }
    }

    /// The other places of the index (countries, divisions, regions), most articles first, then by name.
    static func otherPlaces(_ index: EntityIndex) -> [EntityIndex.Entry] {
        index.parts.flatMap(\.entries).filter { $0.entity.type.isPlace && $0.entity.type != .city }
            .sorted { ($0.articles.count, $1.entity.name, $1.entity.id) > ($1.articles.count, $0.entity.name, $0.entity.id) }
    }

    /// - Parameter mapFile: the map image's file name in the book, nil when there is no map.
    static func render(cities: [EntityIndex.Entry], others: [EntityIndex.Entry] = [], mapFile: String?, language: String) -> String {
        var body = "<section epub:type=\"appendix\">\n<h1>Places</h1>\n"
        if let mapFile {
            body += "<figure>\n<img src=\"\(mapFile)\" alt=\"Map of the \(cities.count) cities named in the articles\"/>\n"
            body += "<figcaption>Cities named in the articles; larger marks for more articles.</figcaption>\n</figure>\n"
        }
        body += "<table>\n<thead><tr><th>City</th><th>Country</th><th>Coordinates</th><th>Articles</th></tr></thead>\n<tbody>\n"
        for entry in cities {
            let entity = entry.entity
            body += "<tr><td dir=\"auto\">\(XMLText.line(entity.name))</td><td>\(XMLText.line(entity.countryCode ?? ""))</td>"
            body += "<td>\(coordinates(entity))</td><td>"
            body += entry.articles.map { "<a href=\"article-\(BookPlan.padded($0)).xhtml\">\($0)</a>" }.joined(separator: ", ")
            body += "</td></tr>\n"
        }
        body += "</tbody>\n</table>\n"
        if !others.isEmpty { body += otherTable(others) }
        body += "</section>"
        return XHTMLPage.render(title: "Places", language: language, bodyClass: "places", body: body)
    }

    private static func otherTable(_ entries: [EntityIndex.Entry]) -> String {
        var body = "<h2>Countries, states and regions</h2>\n<table>\n<thead><tr><th>Place</th><th>Kind</th><th>Country</th>"
        body += "<th>Coordinates</th><th>Articles</th></tr></thead>\n<tbody>\n"
        for entry in entries {
            let entity = entry.entity
            body += "<tr><td dir=\"auto\">\(XMLText.line(entity.name))</td><td>\(kind(entity))</td>"
            body += "<td>\(XMLText.line(entity.countryCode ?? ""))</td><td>\(coordinates(entity))</td><td>"
            body += entry.articles.map { "<a href=\"article-\(BookPlan.padded($0)).xhtml\">\($0)</a>" }.joined(separator: ", ")
            body += "</td></tr>\n"
        }
        return body + "</tbody>\n</table>\n"
    }

    /// The kind of place in words a reader knows.
    static func kind(_ entity: Entity) -> String {
        switch entity.featureClass ?? (entity.type == .country ? .country : .other) {
        case .city: "city"
        case .country: "country"
        case .admin1: "state or province"
        case .admin2: "county or district"
        case .region: "region"
        case .continent: "continent"
        case .sea: "sea or physical feature"
        case .other: "place"
        }
    }

    /// "49.98° N, 36.25° E", or an empty string without coordinates.
    static func coordinates(_ entity: Entity) -> String {
        guard let latitude = entity.latitude, let longitude = entity.longitude,
              latitude.isFinite, longitude.isFinite else { return "" }
        func degrees(_ value: Double, _ positive: String, _ negative: String) -> String {
            let hundredths = Int((abs(value) * 100).rounded())
            let fraction = hundredths % 100
            return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)°\u{A0}\(value < 0 ? negative : positive)"
        }
        return "\(degrees(latitude, "N", "S")), \(degrees(longitude, "E", "W"))"
    }
}

/// The map of mentioned cities on the places page: the same picture as `--format map`, drawn
/// by `MapRenderer` and stored in the book as `map.svg` (an `<img>` on the places page).
enum PlacesMap {
    static let fileName = "map.svg"

    /// The SVG of the map for `corpus`.
    ///
    /// epubcheck validates SVG against SVG 1.1, which has no `paint-order` attribute (it is
    /// SVG 2); the same setting as a CSS property in `style` is valid and renders the same, so
    /// the attribute is moved there (epubcheck RSC-005 otherwise).
    /// - Throws: `MapError` when the bundled country outlines are missing.
    static func svg(for corpus: Corpus) throws -> String? {
        try MapRenderer().svg(for: corpus)
            .replacingOccurrences(of: " paint-order=\"stroke\"", with: " style=\"paint-order: stroke\"")
    }
}
