import Core
import Foundation

/// Everything that can go wrong with an external plugin (`newskit-export-NAME`). Every message
/// names the plugin and its path and, when the plugin ran, ends with the last lines of its
/// standard error, so the user sees the plugin's own explanation.
public struct PluginError: NewskitError, Equatable, Sendable {
    /// What went wrong.
    public enum Kind: Error, Equatable, Sendable {
        /// The executable could not be started (permissions, a bad `#!` line).
        case launchFailed(reason: String)
        /// It exited with a status other than 0.
        case exitStatus(Int32)
        /// It was killed by a signal it did not get from newskit (a crash, an OOM kill).
        case signal(Int32)
        /// It ran longer than the timeout and was killed.
        case timeout(seconds: Double)
        /// `--describe` printed something that is not a valid protocol-1 manifest.
        case badManifest(reason: String)
        /// The manifest's `protocol` is a major version this newskit does not speak.
        case unsupportedProtocol(found: Int, supported: Int)
        /// It exited with 0 but left nothing (or the wrong kind of thing) at `--output`.
        case missingOutput(reason: String)
    }

    /// The format name (the `NAME` of `newskit-export-NAME`).
    public var plugin: String
    /// The executable's path.
    public var path: String
    /// What the plugin was asked to do: `--describe` or `export`.
    public var call: String
    public var kind: Kind
    /// The last lines the plugin wrote to standard error (at most `PluginError.tailLines`).
    public var stderrTail: [String]

    /// How many lines of the plugin's standard error a message shows.
    public static let tailLines = 20

    public init(plugin: String, path: String, call: String, kind: Kind, stderrTail: [String] = []) {
        self.plugin = plugin
        self.path = path
        self.call = call
        self.kind = kind
        self.stderrTail = stderrTail
    }

    public var description: String {
        var text = "plugin \(plugin) (\(path)) \(call == "export" ? "failed to export" : "failed on \(call)"): \(what)"
        if !stderrTail.isEmpty {
            text += "\nLast lines of its standard error:\n" + stderrTail.map { "  | \($0)" }.joined(separator: "\n")
        }
        return text
    }

    private var what: String {
        switch kind {
        case .launchFailed(let reason):
            "it could not be started (\(reason)). Check that the file is executable and its #! line names an installed interpreter."
        case .exitStatus(let status):
            "it exited with status \(status)."
        case .signal(let signal):
            "it was killed by signal \(signal) (\(PluginError.signalName(signal))); it probably crashed."
        case .timeout(let seconds):
            "it was stopped after running \(PluginError.seconds(seconds)) s, the time limit. Raise it with --plugin-timeout SECONDS if the plugin needs longer."
        case .badManifest(let reason):
            "its --describe manifest is not valid: \(reason). See Plugins.md for the manifest's fields."
        case .unsupportedProtocol(let found, let supported):
            "it speaks plugin protocol \(found), but this newskit speaks protocol \(supported). Use a version of the plugin made for protocol \(supported), or a newskit that speaks protocol \(found)."
        case .missingOutput(let reason):
            "it exited with status 0 but \(reason). A plugin must write its result to the --output path it is given."
        }
    }

    static func signalName(_ signal: Int32) -> String {
        guard let name = strsignal(signal) else { return "unknown signal" }
        return String(cString: name)
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
