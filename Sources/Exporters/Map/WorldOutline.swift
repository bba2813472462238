import Foundation

/// Country outlines from Natural Earth 1:110m (public domain), in the compact text format that
/// `tools/build_world_outline.py` writes to `Resources/world-110m.txt`:
/// `C <ISO> <TAB> <name>` starts a country, each following line is one ring of `lon,lat` pairs.
struct WorldOutline: Sendable {
    struct Country: Sendable {
        var code: String
        var name: String
        /// Rings of (longitude, latitude) points; outer rings and holes alike (drawn even-odd).
        var rings: [[(Double, Double)]]
        /// West, south, east, north over all rings.
        var bounds: (Double, Double, Double, Double)
    }

    var countries: [Country]

    /// The outlines shipped with newskit, parsed once per process.
    static let bundled: Result<WorldOutline, MapError> = {
        guard let url = Bundle.module.url(forResource: "world-110m", withExtension: "txt", subdirectory: "Resources") else {
            return .failure(.missingOutline(path: "Resources/world-110m.txt"))
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            return .failure(.missingOutline(path: url.path))
        }
        return Result { try WorldOutline(parsing: text, path: url.path) }.mapError { $0 as? MapError ?? .missingOutline(path: url.path) }
    }()

    init(parsing text: String, path: String) throws {
        var countries: [Country] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("C ") {
                let fields = line.dropFirst(2).split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
                countries.append(Country(code: String(fields[0]), name: fields.count > 1 ? String(fields[1]) : "", rings: [], bounds: (180, 90, -180, -90)))
                continue
            }
            guard !countries.isEmpty else { throw MapError.badOutline(path: path, line: index + 1, reason: "a ring before any country line") }
            var ring: [(Double, Double)] = []
            for pair in line.split(separator: " ") {
                let parts = pair.split(separator: ",")
                guard parts.count == 2, let lon = Double(parts[0]), let lat = Double(parts[1]) else {
                    throw MapError.badOutline(path: path, line: index + 1, reason: "expected lon,lat pairs, found \"\(pair)\"")
                }
                ring.append((lon, lat))
            }
            countries[countries.count - 1].add(ring)
        }
        self.countries = countries
    }
}

extension WorldOutline.Country {
    mutating func add(_ ring: [(Double, Double)]) {
        rings.append(ring)
        for (lon, lat) in ring {
            bounds = (min(bounds.0, lon), min(bounds.1, lat), max(bounds.2, lon), max(bounds.3, lat))
        }
    }
}
