/// Writes one mapped place as an RFC 7946 Point feature on one line of JSON.
///
/// Properties are flat and each has one type (string, integer, or null when unknown), so QGIS,
/// OGR and Leaflet see the same columns for every feature: entity_id, name, geonameid,
/// country_code, admin1, population, mentions, documents, first_date, last_date, document_ids;
/// a layer of every place (`places=all`) adds feature_class (city, country, admin1, ...).
enum FeatureBuilder {
    /// `document_ids` lists at most this many documents (the first in corpus order); `documents`
    /// always has the full count and mentions.csv the full list. Keeps popups and files small.
    static let documentIDLimit = EntityUsage.listedDocuments

    /// The feature's JSON text. `id` is the GeoNames id (a number) when known, else the entity id.
    static func feature(_ place: MappedPlace, withClass: Bool = false) -> String {
        let id = place.geonameID.map(String.init) ?? JSONText.string(place.entityID)
        let ids = place.documentIDs.prefix(documentIDLimit).joined(separator: " | ")
            + (place.documents > documentIDLimit ? " | …" : "")
        var properties = [
            ("entity_id", JSONText.string(place.entityID)),
            ("name", JSONText.string(place.name)),
            ("geonameid", JSONText.integer(place.geonameID)),
            ("country_code", JSONText.string(place.countryCode)),
            ("admin1", JSONText.string(place.admin1)),
            ("population", JSONText.integer(place.population)),
            ("mentions", String(place.mentions)),
            ("documents", String(place.documents)),
            ("first_date", JSONText.string(place.firstDate)),
            ("last_date", JSONText.string(place.lastDate)),
            ("document_ids", JSONText.string(ids)),
        ]
        if withClass { properties.insert(("feature_class", JSONText.string(place.featureClass?.rawValue)), at: 2) }
        let text = properties.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",")
        return "{\"type\":\"Feature\",\"id\":\(id),\"geometry\":{\"type\":\"Point\",\"coordinates\":\(position(place))},\"properties\":{\(text)}}"
    }

    /// `[longitude,latitude]`, at most 6 decimals (RFC 7946 §3.1.1, §11.2).
    static func position(_ place: MappedPlace) -> String {
        "[\(NumberFormatting.decimal(place.longitude)),\(NumberFormatting.decimal(place.latitude))]"
    }

    /// `[west,south,east,north]` over `places` (RFC 7946 §5), or nil when there are none.
    static func boundingBox(_ places: [MappedPlace]) -> String? {
        guard let first = places.first else { return nil }
        var west = first.longitude, east = first.longitude, south = first.latitude, north = first.latitude
        for place in places.dropFirst() {
            west = min(west, place.longitude)
            east = max(east, place.longitude)
            south = min(south, place.latitude)
            north = max(north, place.latitude)
        }
        return "[" + [west, south, east, north].map { NumberFormatting.decimal($0) }.joined(separator: ",") + "]"
    }
}
