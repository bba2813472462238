import Core
import Foundation

/// The formats newskit can write, looked up by name: the built-ins (a hand-written list, as
/// pandoc's `writers`) plus any external plugins found on the search path. A value, passed as a
/// parameter: tests build their own.
public struct ExporterRegistry: Sendable {
    public private(set) var exporters: [any Exporter]
    /// Plugins that were found but cannot be used, by format name: `exporter(named:)` throws
    /// their error instead of "unknown format".
    public var unavailable: [String: PluginError] = [:]

    public init(exporters: [any Exporter]) {
        self.exporters = exporters
    }

    /// The built-in exporters. Adding a format is one folder and one line here.
    public static let builtIn = ExporterRegistry(exporters: [
        JSONExporter(),
        CSVExporter(),
        GeoJSONExporter(),
        MapExporter(),
        EPUBExporter(),
        BundleExporter(),
    ])

    /// The names users can type after `--format`, in listing order.
    public var names: [String] { exporters.map(\.descriptor.name) }

    /// The exporter called `name`.
    /// - Throws: `PluginError` for a broken plugin, else `ExportError.unknownFormat`, listing the known names.
    public func exporter(named name: String) throws -> any Exporter {
        guard let exporter = exporters.first(where: { $0.descriptor.name == name }) else {
            if let broken = unavailable[name] { throw broken }
            throw ExportError.unknownFormat(name, known: names)
        }
        return exporter
    }

    /// This registry plus `others`; on a name clash the exporter already here wins.
    public func adding(_ others: [any Exporter]) -> ExporterRegistry {
        var copy = self
        let taken = Set(names)
        copy.exporters.append(contentsOf: others.filter { !taken.contains($0.descriptor.name) })
        return copy
    }
}
