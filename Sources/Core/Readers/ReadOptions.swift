/// How inputs are read. The defaults are what `newskit export` uses without flags.
public struct ReadOptions: Sendable {
    /// Skip malformed records (JSONL lines, archive entries) with a warning instead of failing.
    public var skipInvalid = false
    /// The largest document (a text file, a JSONL line) newskit reads, in bytes.
    public var maxDocumentBytes = ReadOptions.defaultMaxDocumentBytes
    /// Lines dropped from plain-text articles (the built-in list plus any from `--boilerplate`).
    public var boilerplate = BoilerplateFilter.builtIn
    /// A path to leave out when walking folders (the output being written, for example).
    public var excludedPaths: Set<String> = []
    /// Caps for reading archives (bundles): total size, entry count, compression ratio.
    public var archiveLimits = ArchiveLimits()

    /// 64 MiB: far above any real article, small enough to fail fast on a dump mistaken for one.
    public static let defaultMaxDocumentBytes = 64 << 20

    public init() {}
}

/// What a reader gets besides its input.
public struct ReadContext: Sendable {
    public var options: ReadOptions
    public var diagnostics: any DiagnosticSink
    /// Called now and then with the bytes of the current input read so far, for a progress bar.
    /// Core never draws anything itself; `CorpusReader` turns this into its `progress` (done and total bytes) over all inputs.
    public var progress: (@Sendable (Int64) -> Void)?

    public init(
        options: ReadOptions = ReadOptions(), diagnostics: any DiagnosticSink = IgnoringDiagnostics(),
        progress: (@Sendable (Int64) -> Void)? = nil
    ) {
        self.options = options
        self.diagnostics = diagnostics
        self.progress = progress
    }
}
