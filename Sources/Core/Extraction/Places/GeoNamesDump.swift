import Foundation

/// Reads a GeoNames dump (`cities500.txt`, `allCountries.txt`, a country file such as `UA.txt`;
/// plain or gzip-compressed) into a gazetteer that replaces the embedded cities.
///
/// Feature class `P` rows become cities; `A`/`PCLI`-like rows (independent political entities)
/// become countries; `ADM1`, `CONT`, `RGN`, seas, gulfs and other `H`/`L`/`T` rows become
/// regions. Countries and regions missing from the dump (cities500.txt has none) come from the
/// embedded gazetteer, so `Ukraine` still resolves with a cities-only dump.
/// Format: https://download.geonames.org/export/dump/readme.txt (19 tab-separated columns).
extension Gazetteer {
    /// Loads the dump at `path`.
    /// - Throws: `ExtractionError.gazetteerUnreadable` / `.gazetteerMalformed` naming the file
    ///   (and line) when the file cannot be read or a line lacks GeoNames' columns.
    public convenience init(geoNamesDump path: String) throws {
        guard var data = FileManager.default.contents(atPath: path) else {
            throw ExtractionError.gazetteerUnreadable(path: path, reason: "the file is missing or unreadable")
        }
        if data.starts(with: [0x1F, 0x8B]) {
            guard let inflated = try? Gzip.decompress([UInt8](data)) else {
                throw ExtractionError.gazetteerUnreadable(path: path, reason: "the gzip data is corrupt")
            }
            data = Data(inflated)
        }
        var places: [GazetteerPlace] = []
        var aliases: [[String]] = []
        var capitals: [String: String] = [:]
        try TSVLines.forEach(in: data) { fields, line in
            guard fields != ["#"] else { return }
            guard fields.count >= 15, let id = Int(fields[0]), let latitude = Double(fields[4]), let longitude = Double(fields[5]) else {
                throw ExtractionError.gazetteerMalformed(
                    path: path, line: line,
                    reason: fields.count < 15 ? "found \(fields.count) columns" : "geonameid, latitude or longitude is not a number")
            }
            guard let kind = Self.kind(featureClass: fields[6], code: fields[7]) else { return }
            if fields[7] == "PPLC" { capitals[fields[8]] = fields[1] }
            places.append(GazetteerPlace(
                kind: kind, geonameID: id, name: fields[1], latitude: latitude, longitude: longitude,
                countryCode: fields[8], admin1: fields[10], population: Int(fields[14]) ?? 0,
                detail: kind == .region ? fields[7] : nil))
            aliases.append([fields[2]] + fields[3].split(separator: ",").map(String.init).filter(Self.isLatinName))
        }
        guard !places.isEmpty else {
            throw ExtractionError.gazetteerUnreadable(path: path, reason: "it holds no populated places, countries or regions")
        }
        Self.addEmbeddedCountriesAndRegions(to: &places, aliases: &aliases)
        self.init(places: places, aliases: aliases, capitals: capitals)
    }

    private static func kind(featureClass: String, code: String) -> GazetteerPlace.Kind? {
        switch featureClass {
        case "P": return .city
        case "A" where code == "PCLI" || code == "PCLIX" || code == "PCLS" || code == "PCLF": return .country
        case "A" where code == "ADM1" || code == "ADM2": return .region
        case "L" where code == "CONT" || code == "RGN" || code == "AREA": return .region
        case "H" where ["SEA", "GULF", "BAY", "OCN", "STRT", "LK", "LKS"].contains(code): return .region
        case "T" where ["PEN", "MTS", "ISL", "ISLS"].contains(code): return .region
        default: return nil
        }
    }

    /// Keeps Latin-script alternate names only, as the embedded gazetteer does.
    static func isLatinName(_ name: String) -> Bool {
        guard name.count >= 3, let first = name.first, first.isUppercase, name.uppercased() != name else { return false }
        return name.unicodeScalars.allSatisfy { $0.value < 0x250 || $0 == "’" || $0.properties.isWhitespace }
    }

    private static func addEmbeddedCountriesAndRegions(to places: inout [GazetteerPlace], aliases: inout [[String]]) {
        guard let embedded = try? Gazetteer.embedded() else { return }
        let present = Set(places.compactMap(\.geonameID))
        for place in embedded.places where place.kind != .city && !(place.geonameID.map(present.contains) ?? false) {
            places.append(place)
            aliases.append(embedded.aliasesOf(place))
        }
    }
}
