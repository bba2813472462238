/// What kind of thing an entity is.
public enum EntityType: String, Codable, Sendable, CaseIterable, Comparable {
    case person = "PERSON"
    case org = "ORG"
    case city = "CITY"
    case country = "COUNTRY"
    case location = "LOCATION"

    /// True for the types that name a place (and may carry coordinates).
    public var isPlace: Bool { self == .city || self == .country || self == .location }

    /// Order used in tables and listings: people, organisations, then places from small to large.
    public var sortRank: Int {
        switch self {
        case .person: 0
        case .org: 1
        case .city: 2
        case .country: 3
        case .location: 4
        }
    }

    public static func < (lhs: EntityType, rhs: EntityType) -> Bool { lhs.sortRank < rhs.sortRank }
}

/// One real-world person, organisation or place named in the corpus, merged across mentions
/// and documents. Places carry their GeoNames record when geocoded.
public struct Entity: Codable, Sendable, Equatable, Identifiable {
    /// Stable id: derived from the GeoNames id for geocoded places, else from type and canonical name.
    public var id: String
    public var type: EntityType
    /// Canonical name, which need not occur verbatim in the text.
    public var name: String
    /// Every other surface form seen in the corpus, sorted.
    public var aliases: [String]
    public var geonameID: Int?
    public var latitude: Double?
    public var longitude: Double?
    /// ISO 3166-1 alpha-2 country code.
    public var countryCode: String?
    /// First-level administrative division (GeoNames admin1 code or name).
    public var admin1: String?
    public var population: Int?
    /// For places: city, country, admin1, admin2, region, continent, sea or other.
    public var featureClass: FeatureClass?

    public init(
        id: String, type: EntityType, name: String, aliases: [String] = [],
        geonameID: Int? = nil, latitude: Double? = nil, longitude: Double? = nil,
        countryCode: String? = nil, admin1: String? = nil, population: Int? = nil,
        featureClass: FeatureClass? = nil
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.geonameID = geonameID
        self.latitude = latitude
        self.longitude = longitude
        self.countryCode = countryCode
        self.admin1 = admin1
        self.population = population
        self.featureClass = featureClass
    }

    /// True when the entity has both coordinates.
    public var hasCoordinates: Bool { latitude != nil && longitude != nil }

    enum CodingKeys: String, CodingKey {
        case id, type, name, aliases
        case geonameID = "geonameid"
        case latitude, longitude
        case countryCode = "country_code"
        case admin1, population
        case featureClass = "feature_class"
    }
}
