import Core
import Foundation

extension ExporterRegistry {
    /// The built-in exporters plus the external plugins found on `NEWSKIT_PLUGIN_PATH` and `PATH`.
    /// (Plugin discovery is filled in by the plugin work; until then, the built-ins.)
    public static func withPlugins(environment: [String: String] = ProcessInfo.processInfo.environment) -> ExporterRegistry {
        builtIn
    }
}
