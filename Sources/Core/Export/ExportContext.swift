import Foundation

/// What an exporter gets besides the corpus: its options, where warnings go, and the values
/// that would otherwise make output vary (the date, the version), fixed by the caller.
public struct ExportContext: Sendable {
    public var options: ExportOptions
    public var diagnostics: any DiagnosticSink
    /// The timestamp to write wherever a format wants "now": `SOURCE_DATE_EPOCH` when set,
    /// else `ExportContext.defaultSourceDate`, so output never depends on the clock.
    public var sourceDate: Date
    /// newskit's version, for generator fields.
    public var toolVersion: String
    /// Extra environment for exporters that start programs (plugins): timeout and search path.
    public var pluginTimeout: TimeInterval
    /// Threads an exporter may use (`--jobs`); nil: one per core. Output must not depend on it.
    public var jobs: Int?
    /// Where the exporter reports how far it has got (the CLI's progress bar); silent by default.
    public var progress: ExportProgress

    public init(
        options: ExportOptions = ExportOptions(), diagnostics: any DiagnosticSink = IgnoringDiagnostics(),
        sourceDate: Date = ExportContext.defaultSourceDate, toolVersion: String = NewskitVersion.current,
        pluginTimeout: TimeInterval = 60, jobs: Int? = nil, progress: ExportProgress = .silent
    ) {
        self.options = options
        self.diagnostics = diagnostics
        self.sourceDate = sourceDate
        self.toolVersion = toolVersion
        self.pluginTimeout = pluginTimeout
        self.jobs = jobs
        self.progress = progress
    }

    /// 2000-01-01T00:00:00Z: the documented constant used when `SOURCE_DATE_EPOCH` is not set.
    public static let defaultSourceDate = Date(timeIntervalSince1970: 946_684_800)

    /// `SOURCE_DATE_EPOCH` from the environment (reproducible-builds.org), else the default.
    /// - Throws: `ExportError.badEnvironment` when it is set but not a whole number of seconds.
    public static func sourceDate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date {
        guard let raw = environment["SOURCE_DATE_EPOCH"], !raw.isEmpty else { return defaultSourceDate }
        guard let seconds = Int64(raw.trimmingCharacters(in: .whitespaces)), seconds >= 0 else {
            throw ExportError.badEnvironment(name: "SOURCE_DATE_EPOCH", value: raw, expected: "a whole number of seconds since 1970-01-01 UTC")
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}

/// newskit's version string.
public enum NewskitVersion {
    public static let current = "0.1.0"
}
