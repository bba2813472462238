import Core
import Foundation

/// What a plugin prints for `newskit-export-NAME --describe`: protocol 1 of Plugins.md, schema
/// in `schema/plugin-manifest.schema.json`. `newskit formats --json` prints one per format,
/// built-ins included, so scripts see every format the same way.
public struct PluginManifest: Codable, Equatable, Sendable {
    /// The plugin protocol's major version this newskit speaks.
    public static let supportedProtocol = 1

    /// The major protocol version the plugin speaks; newskit refuses any but `supportedProtocol`.
    public var protocolVersion: Int
    /// The format name; must equal the `NAME` of the executable `newskit-export-NAME`.
    public var name: String
    /// One line for `newskit formats`.
    public var summary: String
    /// The file name extension of what it writes, without the dot (`kml`); may be empty for folders.
    public var fileExtension: String
    /// The name used when `--output` is a folder of several formats; defaults to
    /// `corpus.EXTENSION` for files and `NAME` for folders.
    public var fileName: String?
    /// The IANA media type of what it writes.
    public var mediaType: String
    /// Whether it writes one file or a folder; `file` when absent.
    public var layout: OutputLayout?
    /// The `--option key=value` settings it understands.
    public var options: [ExporterOption]?

    public init(
        protocolVersion: Int = PluginManifest.supportedProtocol, name: String, summary: String, fileExtension: String,
        fileName: String? = nil, mediaType: String, layout: OutputLayout? = nil, options: [ExporterOption]? = nil
    ) {
        self.protocolVersion = protocolVersion
        self.name = name
        self.summary = summary
        self.fileExtension = fileExtension
        self.fileName = fileName
        self.mediaType = mediaType
        self.layout = layout
        self.options = options
    }

    /// The manifest a built-in exporter would print, for `newskit formats --json`.
    public init(describing descriptor: ExporterDescriptor) {
        let dot = descriptor.defaultFileName.lastIndex(of: ".")
        self.init(
            name: descriptor.name, summary: descriptor.summary,
            fileExtension: dot.map { String(descriptor.defaultFileName[descriptor.defaultFileName.index(after: $0)...]) } ?? "",
            fileName: descriptor.defaultFileName, mediaType: descriptor.mediaType, layout: descriptor.layout,
            options: descriptor.options)
    }

    /// The descriptor the registry, the CLI and `newskit formats` use.
    public var descriptor: ExporterDescriptor {
        let layout = layout ?? .file
        let defaultName = fileName ?? (layout == .directory || fileExtension.isEmpty ? name : "corpus.\(fileExtension)")
        return ExporterDescriptor(
            name: name, summary: summary, defaultFileName: defaultName, mediaType: mediaType,
            layout: layout, options: options ?? [])
    }

    enum CodingKeys: String, CodingKey {
        case protocolVersion = "protocol"
        case name, summary
        case fileExtension = "extension"
        case fileName = "file_name"
        case mediaType = "media_type"
        case layout, options
    }
}

extension PluginManifest {
    /// Decodes and checks the `--describe` output of the plugin `expectedName`.
    /// - Throws: `PluginError.Kind.unsupportedProtocol` when `protocol` is another major version
    ///   (checked first: another version may have other fields), else `.badManifest` naming the problem.
    static func parse(_ data: Data, expectedName: String) throws(PluginError.Kind) -> PluginManifest {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let start = String(decoding: data.prefix(60), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw .badManifest(reason: data.isEmpty ? "it printed nothing" : "it is not JSON (it starts with \"\(start)\")")
        }
        guard let fields = object as? [String: Any] else { throw .badManifest(reason: "it is not a JSON object") }
        guard let version = fields["protocol"] as? NSNumber, !JSONValue.isBoolean(version),
              version.doubleValue == version.doubleValue.rounded() else {
            throw .badManifest(reason: "\"protocol\" must be a whole number (\(supportedProtocol) for this newskit)")
        }
        guard version.intValue == supportedProtocol else {
            throw .unsupportedProtocol(found: version.intValue, supported: supportedProtocol)
        }
        let manifest: PluginManifest
        do {
            manifest = try JSONDecoder().decode(PluginManifest.self, from: data)
        } catch let error as DecodingError {
            throw .badManifest(reason: PluginManifest.explain(error))
        } catch {
            throw .badManifest(reason: "\(error)")
        }
        if let problem = manifest.problem(expectedName: expectedName) { throw .badManifest(reason: problem) }
        return manifest
    }

    /// What is wrong with a decoded manifest, or nil.
    func problem(expectedName: String) -> String? {
        if name != expectedName {
            return "\"name\" is \"\(name)\", but the executable is called newskit-export-\(expectedName); they must match"
        }
        if summary.trimmingCharacters(in: .whitespaces).isEmpty || summary.contains("\n") {
            return "\"summary\" must be one non-empty line"
        }
        if mediaType.isEmpty || !mediaType.contains("/") { return "\"media_type\" must be a media type such as application/json" }
        if fileExtension.hasPrefix(".") || fileExtension.contains("/") { return "\"extension\" is written without a dot or slash, for example \"kml\"" }
        if let fileName, !PluginManifest.isPlainName(fileName) {
            return "\"file_name\" must be a plain file name without folders, \".\" or \"..\""
        }
        let names = (options ?? []).map(\.name)
        if let bad = names.first(where: { $0.isEmpty || $0.contains("=") || $0.contains(where: \.isWhitespace) }) {
            return "option name \"\(bad)\" must be non-empty, without spaces or \"=\""
        }
        if Set(names).count != names.count { return "option names must be unique" }
        return nil
    }

    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }

    private static func explain(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context, _ key: CodingKey? = nil) -> String {
            let keys = context.codingPath + (key.map { [$0] } ?? [])
            return keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return "the field \"\(path(context, key))\" is missing"
        case .typeMismatch(let type, let context): return "the field \"\(path(context))\" should be \(describe(type))"
        case .valueNotFound(let type, let context): return "the field \"\(path(context))\" is null; it should be \(describe(type))"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "it is not valid JSON" : "the field \"\(path(context))\" has a value newskit does not know (layout is \"file\" or \"directory\")"
        @unknown default: return "\(error)"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: type is [Any].Type ? "an array" : "an object"
        }
    }
}
