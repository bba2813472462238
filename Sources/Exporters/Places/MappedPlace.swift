import Core

/// A mentioned place with coordinates (a city unless the layer was asked for every place),
/// as the GeoJSON layer and the SVG map show it.
public struct MappedPlace: Sendable, Equatable {
    public var entityID: String
    public var name: String
    public var geonameID: Int?
    public var latitude: Double
    public var longitude: Double
    public var countryCode: String?
    public var admin1: String?
    public var population: Int?
    /// Mentions in the whole corpus.
    public var mentions: Int
    /// How many documents mention it.
    public var documents: Int
    /// Ids of the first documents that mention it (up to 20), in corpus order.
    public var documentIDs: [String]
    /// Earliest and latest date (`YYYY-MM-DD`) of those documents, when they have dates.
    public var firstDate: String?
    public var lastDate: String?
    /// city, country, admin1, ...; nil for places of corpora read from before classes existed.
    public var featureClass: FeatureClass?

    public init(
        entityID: String, name: String, geonameID: Int? = nil, latitude: Double, longitude: Double,
        countryCode: String? = nil, admin1: String? = nil, population: Int? = nil,
        mentions: Int, documents: Int? = nil, documentIDs: [String] = [], firstDate: String? = nil, lastDate: String? = nil,
        featureClass: FeatureClass? = nil
    ) {
        self.entityID = entityID
        self.name = name
        self.geonameID = geonameID
        self.latitude = latitude
        self.longitude = longitude
        self.countryCode = countryCode
        self.admin1 = admin1
        self.population = population
        self.mentions = mentions
        self.documents = documents ?? documentIDs.count
        self.documentIDs = documentIDs
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.featureClass = featureClass
    }
}
