import ArgumentParser
import Core

/// The caps for reading archives (bundles), shared by `export`, `inspect` and `verify`.
struct ArchiveLimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Refuse archives whose entries add up to more than this many bytes uncompressed.", valueName: "bytes"))
    var maxArchiveBytes: Int64 = ArchiveLimits().maxBytes

    @Option(help: ArgumentHelp("Refuse archives with more entries than this.", valueName: "n"))
    var maxArchiveEntries: Int = ArchiveLimits().maxEntries

    @Option(help: ArgumentHelp("Refuse archives that uncompress to more than this many times their size (past 32 MiB).", valueName: "ratio"))
    var maxArchiveRatio: Int64 = ArchiveLimits().maxRatio

    func validate() throws {
        guard maxArchiveBytes > 0, maxArchiveEntries > 0, maxArchiveRatio > 0 else {
            throw ValidationError("--max-archive-bytes, --max-archive-entries and --max-archive-ratio must be positive.")
        }
    }

    var limits: ArchiveLimits {
        ArchiveLimits(maxBytes: maxArchiveBytes, maxEntries: maxArchiveEntries, maxRatio: maxArchiveRatio)
    }
}
