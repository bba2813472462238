/// One record of the gazetteer: a country, a populated place, or a region (continent, sea,
/// state, area). Cities and countries carry their GeoNames id; curated regions may not.
public struct GazetteerPlace: Sendable, Equatable, Hashable, Codable {
    /// What kind of record this is; decides the entity type a matching span gets.
    public enum Kind: String, Sendable, Codable {
        case country, city, region
    }

    public var kind: Kind
    public var geonameID: Int?
    public var name: String
    public var latitude: Double?
    public var longitude: Double?
    /// ISO 3166-1 alpha-2 code of the country (the country's own code for countries).
    public var countryCode: String?
    /// GeoNames admin1 code (for US states, the postal code: `TX`).
    public var admin1: String?
    public var population: Int
    /// For regions: `admin1`, `admin2`, `continent`, `sea`, `region` (older files: `state`,
    /// `ocean`), or a GeoNames feature code; `FeatureClass.ofRegion(detail:)` reads it.
    public var detail: String?

    public init(kind: Kind, geonameID: Int?, name: String, latitude: Double? = nil, longitude: Double? = nil,
                countryCode: String? = nil, admin1: String? = nil, population: Int = 0, detail: String? = nil) {
        self.kind = kind
        self.geonameID = geonameID
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.countryCode = countryCode
        self.admin1 = admin1
        self.population = population
        self.detail = detail
    }

    /// The entity type a mention of this place gets.
    public var entityType: EntityType {
        switch kind {
        case .country: .country
        case .city: .city
        case .region: .location
        }
    }

    /// The GeoNames-style class of the place (`admin1` for a state, `sea` for a sea).
    public var featureClass: FeatureClass {
        switch kind {
        case .country: .country
        case .city: .city
        case .region: FeatureClass.ofRegion(detail: detail)
        }
    }

    /// True when the record has both coordinates.
    public var hasPoint: Bool { latitude != nil && longitude != nil }

    /// The stable entity id: `geonames:<id>` when the place has a GeoNames id, else type and name.
    public var entityID: String {
        if let geonameID { return "geonames:\(geonameID)" }
        return "\(entityType.rawValue.lowercased()):\(NameKey.slug(name))"
    }
}
