import ArgumentParser
import Core
import Exporters
import Foundation

extension NewskitCommand {
    /// `newskit formats`: the built-in formats and the plugins found.
    struct Formats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the formats newskit can write: built-ins and plugins found on PATH or NEWSKIT_PLUGIN_PATH.")

        @Flag(help: "Print the list as JSON (one manifest per format) instead of a table.")
        var json = false

        func run() throws {
            let registry = ExporterRegistry.withPlugins()
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(registry.exporters.map(\.descriptor))
                print(String(decoding: data, as: UTF8.self))
                return
            }
            let width = max(8, registry.names.map(\.count).max() ?? 0)
            for exporter in registry.exporters {
                let descriptor = exporter.descriptor
                let name = descriptor.name.padding(toLength: width, withPad: " ", startingAt: 0)
                print("\(name)  \(descriptor.summary)")
                let detail = "\(descriptor.layout == .directory ? "folder" : "file") \(descriptor.defaultFileName), \(descriptor.mediaType)"
                print(String(repeating: " ", count: width + 2) + detail)
                for option in descriptor.options {
                    let value = option.defaultValue.map { " (default \($0))" } ?? ""
                    print(String(repeating: " ", count: width + 4) + "--option \(option.name)=…  \(option.help)\(value)")
                }
            }
        }
    }
}
