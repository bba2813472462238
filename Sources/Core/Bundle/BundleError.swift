/// What can go wrong making, reading or verifying a newskit bundle (a BagIt tar.gz), beyond the
/// archive itself (`ArchiveError`).
public enum BundleError: NewskitError, Equatable {
    /// The archive is a fine tar.gz but not a newskit bundle.
    case notABundle(path: String, reason: String)
    /// An input file's bytes no longer match the SHA-256 the corpus recorded for it.
    case originalChanged(path: String)
    case badManifest(bundle: String, file: String, line: Int, reason: String)
    /// `data/corpus.json` does not match the bundle's own manifest.
    case corpusMismatch(bundle: String)

    public var description: String {
        switch self {
        case .notABundle(let path, let reason):
            "\(path): not a newskit bundle (\(reason)). Bundles are made by `newskit export ... --format tar.gz`."
        case .originalChanged(let path):
            "\(path): the file changed since newskit read it (its SHA-256 no longer matches the corpus), so it cannot be stored as the original. Run the export again."
        case .badManifest(let bundle, let file, let line, let reason):
            "\(bundle): \(file):\(line): \(reason). The bundle is damaged; run `newskit verify \(bundle)` for the full list."
        case .corpusMismatch(let bundle):
            "\(bundle): data/corpus.json does not match the bundle's manifest-sha256.txt, so it was changed or damaged. Run `newskit verify \(bundle)` for details."
        }
    }
}
