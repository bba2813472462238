import Core
import Foundation

/// Writes a reproducible, checksummed corpus snapshot: a `.tar.gz` holding one folder that is a
/// BagIt 1.0 bag (RFC 8493). See docs/bundles.md.
///
/// What it writes, in this (sorted) order under `newskit-corpus-<first 12 hex of corpus.json's
/// SHA-256>/` (or `--option name=`): `bag-info.txt` (Bag-Software-Agent, Bagging-Date from
/// SOURCE_DATE_EPOCH, External-Description, Payload-Oxum), `bagit.txt`, the payload under
/// `data/` (`corpus.json` with entities and mentions; the `csv` and `geojson` outputs when those
/// exporters are registered; `originals/` with each input file's bytes, checked against the
/// SHA-256 the corpus recorded), then `manifest-sha256.txt`, `manifest-sha512.txt` and
/// `tagmanifest-sha256.txt`.
///
/// What it leaves out: documents read from standard input or built in memory have no original
/// file (their text is in corpus.json only); origin files no longer on disk are left out with a
/// warning. Entries carry no owner names, access or change times, and the gzip header no name
/// or time, so the same corpus and SOURCE_DATE_EPOCH give byte-identical archives, whatever the
/// number of compressing threads (`--jobs`; see `ParallelGzipWriter`).
public struct BundleExporter: Exporter {
    /// The registry whose `csv`/`geojson` exporters are bundled; `.builtIn` unless a test says otherwise.
    private let registry: @Sendable () -> ExporterRegistry

    public init(registry: @escaping @Sendable () -> ExporterRegistry = { .builtIn }) {
        self.registry = registry
    }

    public let descriptor = ExporterDescriptor(
        name: "tar.gz",
        summary: "A reproducible BagIt bundle: originals, corpus JSON, tables, checksums (check with `newskit verify`)",
        defaultFileName: "corpus.tar.gz",
        mediaType: "application/gzip",
        options: [
            ExporterOption(name: "level", help: "Gzip level, 1 (fastest) to 9 (smallest).", defaultValue: "6"),
            ExporterOption(name: "name", help: "Name of the top folder inside the archive.", defaultValue: "newskit-corpus-<hash>"),
        ])

    public func export(_ corpus: Corpus, to destination: ExportDestination, context: ExportContext) throws {
        try context.options.validate(against: descriptor)
        let level = try context.options.integer("level", exporter: descriptor.name, in: 1...9, default: 6)
        let chosenName = try topName(context.options)
        let sink = try destination.byteSink(for: descriptor.name)

        let staging = try BundlePayload()
        defer { staging.remove() }
        let derived = try staging.writeDerived(corpus, context: context, registry: registry())
            .sorted { BagIt.componentOrder($0.path, $1.path) }
        let originals = OriginalFiles(corpus.documents.headers)
        reportLeftOut(originals.leftOut, context: context)

        let top = try chosenName ?? defaultTopName(derived)
        let archive = try ArchiveWriter(sink: sink, name: descriptor.defaultFileName, gzipLevel: level, threads: context.jobs, diagnostics: context.diagnostics)
        let bag = try BagWriter(archive: archive, top: top, time: Int64(context.sourceDate.timeIntervalSince1970), staging: staging.folder)
        let info = BagInfo(corpus: corpus, payloadBytes: derived.reduce(0) { $0 + $1.size } + originals.files.reduce(0) { $0 + $1.size },
                           payloadFiles: derived.count + originals.files.count, originals: originals.files.count, context: context)
        // Sorted order: "bag-info.txt" < "bagit.txt" < "data/…" < "manifest-…" < "tagmanifest-…".
        try bag.begin()
        try bag.tagFile(BagIt.infoFile, info.text)
        try bag.tagFile(BagIt.declarationFile, BagIt.declaration)
        // The derived files and the originals, each list in bag order, merged as they are written:
        // one original is looked up at a time, so no per-file list of payload entries is held.
        var next = 0
        for (done, file) in originals.files.enumerated() {
            context.progress.update("originals", done: done, total: originals.files.count)
            let path = "data/originals/\(originals.archivePath(of: file))"
            while next < derived.count, BagIt.componentOrder(derived[next].path, path) {
                try bag.payload(derived[next])
                next += 1
            }
            let check = try originals.check(for: file)
            try bag.payload(PayloadFile(path: path, url: originals.url(of: file), size: file.size,
                                        original: (check, originals.originPath(of: file))))
        }
        for file in derived[next...] { try bag.payload(file) }
        context.progress.update("originals", done: originals.files.count, total: originals.files.count)
        try bag.finish()
        try archive.close()
    }

    /// `--option name=`, checked to be one plain folder name.
    private func topName(_ options: ExportOptions) throws -> String? {
        guard let name = options["name"] else { return nil }
        let plain = !name.isEmpty && name.count <= 100 && name != "." && name != ".."
            && !name.contains("/") && !name.unicodeScalars.contains { $0.properties.generalCategory == .control }
        guard plain else {
            throw ExportError.badOption(exporter: descriptor.name, key: "name", value: name, expected: "a folder name without /, control characters or ., up to 100 characters")
        }
        return name
    }

    /// `newskit-corpus-` and the first 12 hex digits of corpus.json's SHA-256: names the content.
    private func defaultTopName(_ payload: [PayloadFile]) throws -> String {
        guard let corpusJSON = payload.first(where: { $0.path == BundlePayload.corpusPath }) else { return "newskit-corpus" }
        var digest = SHA256Stream()
        _ = try ChunkedFile().read(corpusJSON.url, displayPath: corpusJSON.path) { digest.update($0) }
        return "newskit-corpus-" + digest.finalize().prefix(12)
    }

    private func reportLeftOut(_ paths: [String], context: ExportContext) {
        guard let first = paths.first else { return }
        let more = paths.count > 1 ? " and \(paths.count - 1) more" : ""
        context.diagnostics.warn(
            "\(first)\(more): original file not on disk, left out of data/originals/ (its documents are in data/corpus.json)",
            at: descriptor.name)
    }
}
