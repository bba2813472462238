/// A warning or note that Core reports instead of printing: the caller decides how to show it.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case warning, note }

    public var severity: Severity
    /// Where: a path, `path:line`, `path: byte N` or an exporter name; empty when nowhere in particular.
    public var location: String
    public var message: String

    public init(_ severity: Severity = .warning, location: String = "", _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var description: String {
        location.isEmpty ? "\(severity.rawValue): \(message)" : "\(severity.rawValue): \(location): \(message)"
    }
}
