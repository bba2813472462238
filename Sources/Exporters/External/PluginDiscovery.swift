import Core
import Foundation

/// Finds external plugins: executables named `newskit-export-NAME` in the folders of
/// `NEWSKIT_PLUGIN_PATH` (colon-separated, searched first) and then `PATH`.
///
/// Rules (Plugins.md, "Discovery"): folders are searched in order and the first executable found
/// for a name wins; empty entries are skipped (they would mean the current folder); NAME must be
/// lowercase letters, digits, `.`, `_` or `-`, starting with a letter or digit; a plugin whose
/// name a built-in already has is ignored.
public struct PluginDiscovery: Sendable {
    /// An executable found on the search path.
    public struct Candidate: Equatable, Sendable {
        /// The format name: the `NAME` of `newskit-export-NAME`.
        public var name: String
        public var executable: URL
    }

    /// The prefix every plugin executable's name starts with.
    public static let prefix = "newskit-export-"

    /// The folders searched, in order.
    public let folders: [String]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let split = { (variable: String) in
            (environment[variable] ?? "").split(separator: ":", omittingEmptySubsequences: true).map(String.init)
        }
        folders = split("NEWSKIT_PLUGIN_PATH") + split("PATH")
    }

    /// Every plugin executable found, the first per name, sorted by name; `shadowed` gets the
    /// later ones with a name already found.
    public func candidates(shadowed: inout [Candidate]) -> [Candidate] {
        var found: [String: Candidate] = [:]
        let manager = FileManager.default
        for folder in folders {
            guard let entries = try? manager.contentsOfDirectory(atPath: folder) else { continue }
            for entry in entries.sorted() where entry.hasPrefix(Self.prefix) {
                let name = String(entry.dropFirst(Self.prefix.count))
                let url = URL(fileURLWithPath: folder).appendingPathComponent(entry)
                guard Self.isValidName(name), Self.isExecutableFile(url) else { continue }
                let candidate = Candidate(name: name, executable: url)
                if found[name] == nil { found[name] = candidate } else { shadowed.append(candidate) }
            }
        }
        return found.keys.sorted().compactMap { found[$0] }
    }

    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isLowerAlphanumeric(first) else { return false }
        return name.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-" }
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isExecutableFile(_ url: URL) -> Bool {
        var info = stat()
        guard stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        return access(url.path, X_OK) == 0
    }
}

extension ExporterRegistry {
    /// How long `--describe` may take before the plugin counts as broken.
    public static let describeTimeout: TimeInterval = 10

    /// The built-in exporters plus the external plugins found on `NEWSKIT_PLUGIN_PATH` and `PATH`.
    ///
    /// Each plugin is asked for its manifest (`--describe`). A plugin that fails to answer, or
    /// answers with a bad manifest, is not a crash: it is reported to `diagnostics` as a warning
    /// and recorded in `unavailable`, so that `exporter(named:)` throws its `PluginError` when a
    /// user asks for it. Built-ins win over plugins of the same name (reported as a note).
    public static func withPlugins(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        diagnostics: any DiagnosticSink = IgnoringDiagnostics(),
        describeTimeout: TimeInterval = ExporterRegistry.describeTimeout
    ) -> ExporterRegistry {
        var registry = builtIn
        var shadowed: [PluginDiscovery.Candidate] = []
        let candidates = PluginDiscovery(environment: environment).candidates(shadowed: &shadowed)
        var plugins: [any Exporter] = []
        for candidate in candidates {
            if registry.names.contains(candidate.name) {
                shadowed.append(candidate)
                continue
            }
            do {
                plugins.append(try ExternalExporter.describe(name: candidate.name, executable: candidate.executable, timeout: describeTimeout))
            } catch {
                registry.unavailable[candidate.name] = error
                diagnostics.warn("\(error.description)\nThe format \(candidate.name) is not available.")
            }
        }
        for candidate in shadowed {
            diagnostics.report(Diagnostic(.note, location: candidate.executable.path, "ignored: the format \(candidate.name) is already provided by \(registry.names.contains(candidate.name) ? "a built-in exporter" : "a plugin found earlier on the search path")."))
        }
        return registry.adding(plugins)
    }
}
