/// What kind of place a place entity is, in GeoNames' terms: the class a GIS user filters on.
///
/// `admin1` is a first-level division (a US state, a Canadian province, an Indian state),
/// `admin2` a second-level one (a US county, a French département); `sea` covers seas, oceans,
/// gulfs and other physical features; `region` an area without borders of its own (`Middle East`).
public enum FeatureClass: String, Codable, Sendable, CaseIterable {
    case city, country, admin1, admin2, region, continent, sea, other

    /// The class of a gazetteer region record from its `detail` (newskit's own words, older
    /// gazetteers' `state`/`ocean`, or a GeoNames feature code such as `ADM1`, `CONT`, `SEA`).
    public static func ofRegion(detail: String?) -> FeatureClass {
        switch detail {
        case "admin1", "state", "ADM1", "ADM1H": .admin1
        case "admin2", "county", "ADM2", "ADM2H": .admin2
        case "continent", "CONT": .continent
        case "sea", "ocean", "SEA", "OCN", "GULF", "BAY", "STRT", "LK", "LKS", "PEN", "MTS", "ISL", "ISLS": .sea
        case "region", "RGN", "AREA": .region
        default: .other
        }
    }

}
