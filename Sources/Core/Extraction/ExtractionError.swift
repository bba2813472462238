/// Errors of entity extraction a user can fix: a gazetteer or model file that cannot be read.
public enum ExtractionError: Error, Equatable, Sendable {
    /// A gazetteer file is missing, unreadable or not gzip/UTF-8.
    case gazetteerUnreadable(path: String, reason: String)
    /// A line of a gazetteer file does not have the expected columns.
    case gazetteerMalformed(path: String, line: Int, reason: String)
    /// An embedded resource is missing from the build.
    case missingResource(name: String)
}

extension ExtractionError: NewskitError {
    public var description: String {
        switch self {
        case .gazetteerUnreadable(let path, let reason):
            "\(path): cannot read the gazetteer: \(reason). Pass a GeoNames dump (cities500.txt, allCountries.txt) with --gazetteer, or leave the option out to use the embedded one."
        case .gazetteerMalformed(let path, let line, let reason):
            "\(path):\(line): not a GeoNames dump line: \(reason). Expected 19 tab-separated columns as in cities500.txt (geonameid, name, asciiname, alternatenames, latitude, longitude, ...)."
        case .missingResource(let name):
            "the embedded resource \(name) is missing from this build of newskit; rebuild it (see tools/) or reinstall newskit."
        }
    }
}
