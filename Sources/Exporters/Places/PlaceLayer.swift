import Core

/// The mentioned cities of a corpus that can go on a map, in the layer's stable order, plus the
/// ones that cannot (no coordinates) so exporters can say how many were left out.
///
/// Order: most mentioned first, then by name, then by GeoNames id, then by entity id, so the
/// same corpus always gives the same order (and the map labels the same top places).
public struct PlaceLayer: Sendable, Equatable {
    /// Cities with valid coordinates, in layer order.
    public let places: [MappedPlace]
    /// Names of the CITY entities left out: no coordinates, or coordinates outside
    /// -90...90 / -180...180. Sorted.
    public let unlocated: [String]

    /// Which place entities a layer holds.
    public enum Selection: String, Sendable, CaseIterable {
        /// CITY entities only: the layer's documented default.
        case cities
        /// Every place entity with a point: cities, countries, states, counties, regions, seas.
        case all
    }

    /// Collects the CITY entities of `corpus` (or every place entity, with `.all`); extraction
    /// only keeps entities it saw in the text, so all of them are mentioned.
    public init(_ corpus: Corpus, selecting selection: Selection = .cities) {
        self.init(entities: corpus.entities, usage: EntityUsage(corpus), selecting: selection)
    }

    /// The layer of `entities` with counts gathered elsewhere (`RowSlices`).
    init(entities: [Entity], usage: EntityUsage, selecting selection: Selection = .cities) {
        var places: [MappedPlace] = []
        var unlocated: [String] = []
        for entity in entities where selection == .all ? entity.type.isPlace : entity.type == .city {
            guard let latitude = entity.latitude, let longitude = entity.longitude,
                  (-90...90).contains(latitude), (-180...180).contains(longitude) else {
                // Only cities are promised a point; a region without one is rare and not warned about.
                if entity.type == .city { unlocated.append(entity.name) }
                continue
            }
            let counts = usage[entity.id]
            places.append(MappedPlace(
                entityID: entity.id, name: entity.name, geonameID: entity.geonameID,
                latitude: latitude, longitude: longitude, countryCode: entity.countryCode,
                admin1: entity.admin1, population: entity.population, mentions: counts.mentions,
                documents: counts.documents, documentIDs: counts.documentIDs, firstDate: counts.firstDate, lastDate: counts.lastDate,
                featureClass: entity.featureClass ?? (entity.type == .city ? .city : entity.type == .country ? .country : nil)))
        }
        self.places = places.sorted(by: PlaceLayer.layerOrder)
        self.unlocated = unlocated.sorted()
    }

    /// A layer of places given directly (for callers that built their own list).
    public init(places: [MappedPlace], unlocated: [String] = []) {
        self.places = places.sorted(by: PlaceLayer.layerOrder)
        self.unlocated = unlocated.sorted()
    }

    /// Mentions descending, then name, GeoNames id (absent last) and entity id ascending.
    static func layerOrder(_ a: MappedPlace, _ b: MappedPlace) -> Bool {
        if a.mentions != b.mentions { return a.mentions > b.mentions }
        if a.name != b.name { return a.name < b.name }
        let ga = a.geonameID ?? Int.max, gb = b.geonameID ?? Int.max
        if ga != gb { return ga < gb }
        return a.entityID < b.entityID
    }

    /// The warning exporters report when cities were left out, or nil when none were.
    public var unlocatedWarning: String? {
        guard !unlocated.isEmpty else { return nil }
        let shown = unlocated.prefix(5).joined(separator: ", ")
        let more = unlocated.count > 5 ? " and \(unlocated.count - 5) more" : ""
        return "\(unlocated.count) \(unlocated.count == 1 ? "city has" : "cities have") no coordinates and \(unlocated.count == 1 ? "is" : "are") left out: \(shown)\(more)."
    }
}
