import Foundation

/// Reads gazetteer files: newskit's embedded `gazetteer.tsv.gz` and GeoNames dumps.
///
/// The embedded format (written by `tools/build_gazetteer.py`) is UTF-8 TSV, gzip-compressed,
/// `#` header lines first, then one record a line whose first column says its kind:
/// `C` country, `P` populated place, `R` region (a division, continent, sea or area);
/// alternate names are `|`-separated; countries and regions end with latitude and longitude.
extension Gazetteer {
    /// The gazetteer embedded in newskit, loaded on first use and shared afterwards.
    /// - Throws: `ExtractionError.missingResource` when the build lacks the resource.
    public static func embedded() throws -> Gazetteer {
        try embeddedResult.get()
    }

    private static let embeddedResult: Result<Gazetteer, ExtractionError> = {
        guard let url = Bundle.module.url(forResource: "gazetteer.tsv", withExtension: "gz", subdirectory: "Resources"),
              let compressed = try? Data(contentsOf: url), let bytes = try? Gzip.decompress([UInt8](compressed)) else {
            return .failure(.missingResource(name: "gazetteer.tsv.gz"))
        }
        return .success(Gazetteer(embeddedTSV: Data(bytes)))
    }()

    /// Parses the embedded format. Lines that do not fit are skipped: the file is built by
    /// newskit's own script, and a broken build is caught by the gazetteer tests.
    convenience init(embeddedTSV data: Data) {
        var places: [GazetteerPlace] = []
        var aliases: [[String]] = []
        var capitals: [String: String] = [:]
        places.reserveCapacity(100_000)
        aliases.reserveCapacity(100_000)
        TSVLines.forEach(in: data) { fields, _ in
            guard let kind = fields.first, kind != "#" else { return }
            if let (place, names) = Self.embeddedRecord(kind: kind, fields: fields) {
                places.append(place)
                aliases.append(names)
                if kind == "C", let code = place.countryCode, !fields[5].isEmpty { capitals[code] = fields[5] }
            }
        }
        self.init(places: places, aliases: aliases, capitals: capitals)
    }

    private static func embeddedRecord(kind: String, fields: [String]) -> (GazetteerPlace, [String])? {
        func alternates(_ column: Int) -> [String] {
            // Split on the byte: `|` never starts a grapheme cluster in the names the script writes,
            // and walking `Character`s here was most of the gazetteer's loading time.
            column < fields.count ? fields[column].utf8.split(separator: 0x7C).map { String(Substring($0)) } : []
        }
        // Version 2 added points to countries and regions; version 1 files have none.
        func coordinate(_ column: Int) -> Double? { column < fields.count ? Double(fields[column]) : nil }
        switch kind {
        case "C" where fields.count >= 9:
            return (GazetteerPlace(kind: .country, geonameID: Int(fields[1]), name: fields[2], latitude: coordinate(9),
                                   longitude: coordinate(10), countryCode: fields[3], population: Int(fields[7]) ?? 0,
                                   detail: fields[4]),
                    alternates(8))
        case "P" where fields.count >= 9:
            return (GazetteerPlace(kind: .city, geonameID: Int(fields[1]), name: fields[2], latitude: Double(fields[3]),
                                   longitude: Double(fields[4]), countryCode: fields[5], admin1: fields[6],
                                   population: Int(fields[7]) ?? 0),
                    alternates(8))
        case "R" where fields.count >= 7:
            return (GazetteerPlace(kind: .region, geonameID: Int(fields[1]), name: fields[2],
                                   latitude: coordinate(7), longitude: coordinate(8),
                                   countryCode: fields[3].isEmpty ? nil : fields[3], admin1: fields[4].isEmpty ? nil : fields[4],
                                   detail: fields[5]),
                    alternates(6))
        default:
            return nil
        }
    }
}

/// Splits UTF-8 TSV bytes into lines of fields without building the whole text as one String.
enum TSVLines {
    /// Calls `body` with each line's fields and its 1-based line number; a `#` line yields `["#"]`.
    static func forEach(in data: Data, _ body: ([String], Int) throws -> Void) rethrows {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = 0
            var lineNumber = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
                lineNumber += 1
                var end = lineEnd
                if end > lineStart && bytes[end - 1] == 13 { end -= 1 }
                if end > lineStart {
                    if bytes[lineStart] == 35 {
                        try body(["#"], lineNumber)
                    } else {
                        var fields: [String] = []
                        var fieldStart = lineStart
                        for position in lineStart...end where position == end || bytes[position] == 9 {
                            fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<position]), as: UTF8.self))
                            fieldStart = position + 1
                        }
                        try body(fields, lineNumber)
                    }
                }
                lineStart = lineEnd + 1
            }
        }
    }
}
