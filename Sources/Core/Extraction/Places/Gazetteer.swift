import Foundation

/// Place names and the places they can mean: countries, cities (GeoNames cities15000 by
/// default) and regions, looked up by a normalised key (`NameKey.lookup`).
///
/// The embedded gazetteer (`Resources/gazetteer.tsv.gz`, built by `tools/build_gazetteer.py`)
/// loads once, lazily, on first use; `Gazetteer(geoNamesDump:)` reads a full GeoNames dump
/// instead. Immutable after loading, so one instance serves every thread.
public final class Gazetteer: Sendable {
    /// Every record, in file order.
    public let places: [GazetteerPlace]
    /// Alternate names of `places[i]`, as given when loading.
    private let alternateNames: [[String]]
    /// Lookup key → indices into `places`; bit 0 set when the key is an alternate name.
    private let index: [String: [UInt32]]
    private let countriesByCode: [String: Int]
    /// `CC.admin1` (`US.TN`) → index of that first-level division.
    private let divisionsByCode: [String: Int]
    /// Indices of the cities that are their country's capital.
    private let capitalPositions: Set<Int>

    /// A gazetteer of `places`, indexed by each record's name and `aliases[i]`.
    /// - Parameter capitals: country code → its capital's name (`UA` → `Kyiv`); the most
    ///   populous city of that name in that country counts as the capital.
    public init(places: [GazetteerPlace], aliases: [[String]], capitals: [String: String] = [:]) {
        self.places = places
        alternateNames = aliases
        var index: [String: [UInt32]] = [:]
        index.reserveCapacity(places.count * 3)
        var countries: [String: Int] = [:]
        for (position, place) in places.enumerated() {
            let entry = UInt32(position) << 1
            let nameKey = NameKey.lookup(place.name)
            index[nameKey, default: []].append(entry)
            var seen: Set<String> = [nameKey]
            for alias in position < aliases.count ? aliases[position] : [] {
                let key = NameKey.lookup(alias)
                if !key.isEmpty, seen.insert(key).inserted { index[key, default: []].append(entry | 1) }
            }
            if place.kind == .country, let code = place.countryCode, countries[code] == nil { countries[code] = position }
        }
        self.index = index
        countriesByCode = countries
        (divisionsByCode, capitalPositions) = Self.divisionsAndCapitals(places, capitals: capitals)
    }

    private static func divisionsAndCapitals(_ places: [GazetteerPlace], capitals: [String: String]) -> ([String: Int], Set<Int>) {
        var divisions: [String: Int] = [:]
        var capitalByCountry: [String: Int] = [:]
        for (position, place) in places.enumerated() {
            guard let country = place.countryCode else { continue }
            if place.featureClass == .admin1, let admin1 = place.admin1, !admin1.isEmpty, divisions["\(country).\(admin1)"] == nil {
                divisions["\(country).\(admin1)"] = position
            } else if place.kind == .city, let capital = capitals[country],
                      place.name == capital || place.name.hasPrefix(capital + ","),  // `Washington, D.C.`
                      capitalByCountry[country].map({ places[$0].population < place.population }) ?? true {
                capitalByCountry[country] = position
            }
        }
        return (divisions, Set(capitalByCountry.values))
    }

    /// A match of a name against the gazetteer.
    public struct Match: Sendable, Equatable {
        public var place: GazetteerPlace
        /// True when the name matched the record's main name, not one of its alternate names.
        public var isMainName: Bool
    }

    /// Every place `name` can mean, in gazetteer order.
    public func matches(_ name: String) -> [Match] {
        guard let entries = index[NameKey.lookup(name)] else { return [] }
        return entries.map { Match(place: places[Int($0 >> 1)], isMainName: $0 & 1 == 0) }
    }

    /// The first place `name` can mean, in gazetteer order, that passes `test`: `matches(name)`
    /// searched without building the whole list (tokens are looked up by the thousand).
    public func firstMatch(_ name: String, where test: (Match) -> Bool) -> Match? {
        guard let entries = index[NameKey.lookup(name)] else { return nil }
        return entries.lazy.map { Match(place: self.places[Int($0 >> 1)], isMainName: $0 & 1 == 0) }.first(where: test)
    }

    /// True when `name` names anything in the gazetteer.
    public func contains(_ name: String) -> Bool { index[NameKey.lookup(name)] != nil }

    /// The country with ISO code `code` (`UA`).
    public func country(code: String) -> GazetteerPlace? {
        countriesByCode[code].map { places[$0] }
    }

    /// The first-level division `admin1` of country `code` (`US`, `TN` → Tennessee).
    public func division(country code: String, admin1: String) -> GazetteerPlace? {
        divisionsByCode["\(code).\(admin1)"].map { places[$0] }
    }

    /// True when `place` is the capital city of its country.
    public func isCapital(_ place: GazetteerPlace) -> Bool {
        guard place.kind == .city else { return false }
        return index[NameKey.lookup(place.name)]?.contains { $0 & 1 == 0 && places[Int($0 >> 1)] == place && capitalPositions.contains(Int($0 >> 1)) } ?? false
    }

    /// The alternate names `place` was loaded with (empty for a place of another gazetteer).
    public func aliasesOf(_ place: GazetteerPlace) -> [String] {
        for entry in index[NameKey.lookup(place.name)] ?? [] where entry & 1 == 0 {
            let position = Int(entry >> 1)
            if places[position] == place, position < alternateNames.count { return alternateNames[position] }
        }
        return []
    }

    /// Number of lookup keys (names and alternate names).
    public var keyCount: Int { index.count }
}
