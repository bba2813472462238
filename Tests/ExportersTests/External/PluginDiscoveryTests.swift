import Core
import Exporters
import Foundation
import Testing
import TestSupport

@Suite struct PluginDiscoveryTests {
    @Test func pluginPathComesBeforePathAndTheFirstFoundWins() throws {
        let root = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = root.appendingPathComponent("first"), second = root.appendingPathComponent("second")
        let winner = try ScriptPlugin.write("dup", in: first, export: "exit 0")
        try ScriptPlugin.write("dup", in: second, export: "exit 0")
        try ScriptPlugin.write("only", in: second, export: "exit 0")
        let notExecutable = try Fixtures.write("#!/bin/sh\n", to: "newskit-export-plain", in: second)
        try Fixtures.write("#!/bin/sh\n", to: "newskit-export-Upper", in: second)
        try FileManager.default.createDirectory(at: second.appendingPathComponent("newskit-export-folder"), withIntermediateDirectories: true)

        let discovery = PluginDiscovery(environment: ["NEWSKIT_PLUGIN_PATH": first.path + "::", "PATH": second.path + ":/no/such/folder"])
        #expect(discovery.folders == [first.path, second.path, "/no/such/folder"])
        var shadowed: [PluginDiscovery.Candidate] = []
        let found = discovery.candidates(shadowed: &shadowed)
        #expect(found.map(\.name) == ["dup", "only"])
        #expect(found.first?.executable.path == winner.path)
        #expect(shadowed.map(\.executable.path) == [second.appendingPathComponent("newskit-export-dup").path])
        #expect(!found.contains { $0.executable.path == notExecutable.path })
    }

    @Test func builtInsWinAndBrokenPluginsAreWarningsThenErrors() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ScriptPlugin.write("json", in: folder, export: "exit 0")
        try ScriptPlugin.write("good", in: folder, export: "exit 0")
        let broken = try ScriptPlugin.write("broken", in: folder, describe: "{\"protocol\": 1}", export: "exit 0")
        let diagnostics = DiagnosticCollector()
        let registry = ExporterRegistry.withPlugins(environment: ["NEWSKIT_PLUGIN_PATH": folder.path], diagnostics: diagnostics)

        #expect(registry.names == ExporterRegistry.builtIn.names + ["good"])
        #expect(try registry.exporter(named: "json") is JSONExporter)
        #expect(try registry.exporter(named: "good") is ExternalExporter)
        let warnings = diagnostics.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("plugin broken (\(broken.path))") == true)
        #expect(diagnostics.diagnostics.contains { $0.severity == .note && $0.message.contains("built-in") })
        #expect {
            _ = try registry.exporter(named: "broken")
        } throws: { error in
            (error as? PluginError)?.description.contains("\"name\"") == true || (error as? PluginError)?.description.contains("missing") == true
        }
        #expect(throws: ExportError.self) { _ = try registry.exporter(named: "absent") }
    }
}
