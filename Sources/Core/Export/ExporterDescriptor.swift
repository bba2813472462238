/// What an exporter is, for people and for the registry. Drives `newskit formats`, `--help`,
/// Plugins.md and the conformance test over every exporter. A plugin's `--describe` manifest
/// decodes into the same struct.
public struct ExporterDescriptor: Codable, Equatable, Sendable {
    /// What users type after `--format`: `csv`, `geojson`, `epub`, `tar.gz`, `json`.
    public var name: String
    /// One line for `newskit formats`: "Mentioned cities as a GeoJSON FeatureCollection".
    public var summary: String
    /// The file (or folder) name used when `--output` is a folder: `places.geojson`.
    public var defaultFileName: String
    /// The IANA media type of what it writes: `application/geo+json`.
    public var mediaType: String
    /// Whether it writes one file (which can go to stdout) or a folder of files.
    public var layout: OutputLayout
    /// The `--option key=value` settings it understands.
    public var options: [ExporterOption]

    public init(
        name: String, summary: String, defaultFileName: String, mediaType: String,
        layout: OutputLayout = .file, options: [ExporterOption] = []
    ) {
        self.name = name
        self.summary = summary
        self.defaultFileName = defaultFileName
        self.mediaType = mediaType
        self.layout = layout
        self.options = options
    }

    enum CodingKeys: String, CodingKey {
        case name, summary
        case defaultFileName = "extension"
        case mediaType = "media_type"
        case layout, options
    }
}

/// One file, or a folder of files.
public enum OutputLayout: String, Codable, Sendable {
    case file
    case directory
}

/// One `--option key=value` an exporter understands.
public struct ExporterOption: Codable, Equatable, Sendable {
    public var name: String
    /// A short sentence: "Gzip level, 1 (fastest) to 9 (smallest)."
    public var help: String
    /// The value used when the option is not given, as text.
    public var defaultValue: String?
    /// The allowed values, when they are a closed set.
    public var allowedValues: [String]?

    public init(name: String, help: String, defaultValue: String? = nil, allowedValues: [String]? = nil) {
        self.name = name
        self.help = help
        self.defaultValue = defaultValue
        self.allowedValues = allowedValues
    }

    enum CodingKeys: String, CodingKey {
        case name, help
        case defaultValue = "default"
        case allowedValues = "values"
    }
}
