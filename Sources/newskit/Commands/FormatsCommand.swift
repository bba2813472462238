import ArgumentParser
import Core
import Exporters
import Foundation

extension NewskitCommand {
    /// `newskit formats`: the built-in formats and the plugins found.
    struct Formats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the formats newskit can write: built-ins and plugins found on NEWSKIT_PLUGIN_PATH or PATH.",
            discussion: """
                Plugins are executables named newskit-export-NAME (see Plugins.md). A plugin that \
                cannot describe itself is reported as a warning on standard error and left out.
                """)

        @Flag(help: "Print one manifest per format as JSON (plugin protocol 1 fields; plugins add \"plugin\": their path).")
        var json = false

        func run() throws {
            let diagnostics = StandardErrorDiagnostics(quiet: false)
            defer { diagnostics.finish() }
            let registry = ExporterRegistry.withPlugins(diagnostics: diagnostics)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(registry.exporters.map(FormatListing.init))
                print(String(decoding: data, as: UTF8.self))
                return
            }
            let width = max(8, registry.names.map(\.count).max() ?? 0)
            let indent = String(repeating: " ", count: width + 2)
            for exporter in registry.exporters {
                let descriptor = exporter.descriptor
                let plugin = exporter as? ExternalExporter
                let name = descriptor.name.padding(toLength: width, withPad: " ", startingAt: 0)
                print("\(name)  \(plugin == nil ? "" : "[plugin] ")\(descriptor.summary)")
                print(indent + "\(descriptor.layout == .directory ? "folder" : "file") \(descriptor.defaultFileName), \(descriptor.mediaType)")
                if let plugin { print(indent + "plugin at \(plugin.executable.path)") }
                for option in descriptor.options {
                    let value = option.defaultValue.map { " (default \($0))" } ?? ""
                    print(indent + "  --option \(option.name)=…  \(option.help)\(value)")
                }
            }
        }
    }
}

/// One entry of `newskit formats --json`: the format's manifest, plus `"plugin": PATH` for
/// plugins and `"builtin": true` for built-ins.
private struct FormatListing: Encodable {
    var manifest: PluginManifest
    var plugin: String?

    init(_ exporter: any Exporter) {
        if let external = exporter as? ExternalExporter {
            manifest = external.manifest
            plugin = external.executable.path
        } else {
            manifest = PluginManifest(describing: exporter.descriptor)
        }
    }

    enum CodingKeys: String, CodingKey { case plugin, builtin }

    func encode(to encoder: Encoder) throws {
        try manifest.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        if let plugin {
            try container.encode(plugin, forKey: .plugin)
        } else {
            try container.encode(true, forKey: .builtin)
        }
    }
}
