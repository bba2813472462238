import Foundation

/// Reads a newskit bundle (`.tar.gz`, `.tgz`) back into its corpus: documents, entities and
/// mentions from `data/corpus.json`, through libarchive and without extracting anything to disk.
///
/// The whole archive is read (every entry passes `ArchiveReader`'s checks and the
/// `ReadOptions.archiveLimits` caps) before the corpus is used, so a truncated or hostile
/// archive fails without half a corpus. `data/corpus.json` must match the bundle's
/// `manifest-sha256.txt` when that lists it. Originals and other payload files are checked
/// only by `newskit verify`.
public struct BundleReader: Reader {
    public let name = "newskit bundle"

    public init() {}

    /// Files named `.tar.gz` or `.tgz`, and gzip data on standard input.
    public func accepts(_ input: Input, prefix: Data) -> Bool {
        let path = input.displayPath.lowercased()
        if input.url == nil, prefix.starts(with: [0x1F, 0x8B]) { return true }
        return path.hasSuffix(".tar.gz") || path.hasSuffix(".tgz")
    }

    public func read(_ input: Input, context: ReadContext) throws -> Corpus {
        let corpusPath = BagIt.payloadFolder + "/corpus.json"
        let manifestPath = BagIt.manifestFile("sha256")
        var corpusData: Data?
        var manifest: String?
        try BundleArchive.forEachFile(in: input, limits: context.options.archiveLimits, diagnostics: context.diagnostics) { _, path, reader in
            if path == corpusPath {
                guard corpusData == nil else {
                    throw BundleError.notABundle(path: input.displayPath, reason: "\(corpusPath) appears twice")
                }
                corpusData = try reader.readData()
            } else if path == manifestPath {
                manifest = try BundleArchive.text(reader, path: path, bundle: input.displayPath)
            }
        }
        guard let corpusData else {
            throw BundleError.notABundle(path: input.displayPath, reason: "it has no \(corpusPath)")
        }
        if let manifest {
            let digests = try BagIt.parseManifest(manifest, bundle: input.displayPath, file: manifestPath)
            if let expected = digests[corpusPath], expected != Digest.sha256Hex(corpusData) {
                throw BundleError.corpusMismatch(bundle: input.displayPath)
            }
        }
        return try CorpusJSON.decode(corpusData, displayPath: "\(input.displayPath): \(corpusPath)")
    }
}
