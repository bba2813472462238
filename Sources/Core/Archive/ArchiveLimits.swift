/// Caps that make reading an untrusted archive fail fast instead of filling memory or disk:
/// a gzip bomb (tiny file, huge content) trips the ratio, a tar bomb the size or entry count.
///
/// The defaults are far above any real corpus bundle and far below what hurts a laptop.
/// The CLI raises them with `--max-archive-bytes`, `--max-archive-entries` and
/// `--max-archive-ratio`.
public struct ArchiveLimits: Sendable, Equatable {
    /// Total uncompressed bytes of all entries. Default 4 GiB.
    public var maxBytes: Int64 = 4 << 30
    /// Number of entries. Default 1,000,000.
    public var maxEntries = 1_000_000
    /// Uncompressed bytes per compressed byte, checked once `ratioGrace` bytes are
    /// uncompressed. Default 200 (text tar.gz files run 3 to 10; a zero-filled bomb runs ~1,000).
    public var maxRatio: Int64 = 200
    /// Bytes uncompressed before the ratio is checked, so small archives full of tar padding
    /// are not refused. Default 32 MiB.
    public var ratioGrace: Int64 = 32 << 20

    public init() {}

    public init(maxBytes: Int64, maxEntries: Int, maxRatio: Int64, ratioGrace: Int64 = 32 << 20) {
        self.maxBytes = maxBytes
        self.maxEntries = maxEntries
        self.maxRatio = maxRatio
        self.ratioGrace = ratioGrace
    }
}
