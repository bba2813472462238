import Core
import Foundation

/// Writes the entries of one bag under its top folder, in sorted order, with the manifests last.
///
/// Every entry gets the same modification time (`SOURCE_DATE_EPOCH`); folders are written just
/// before their first file, which is their place in component order. Manifest lines are
/// appended to files in the staging folder as payload files stream by (in archive order), so
/// memory stays flat however many files the bag holds.
final class BagWriter {
    private let archive: ArchiveWriter
    private let top: String
    private let time: Int64
    private let staging: URL
    private let chunks = ChunkedFile()
    private var folders = Set<String>()
    /// The payload manifest (`BagIt.writtenAlgorithm`).
    private let manifest: ManifestFile
    /// Tag file name → SHA-256, for the tag manifest.
    private var tagDigests: [String: String] = [:]

    init(archive: ArchiveWriter, top: String, time: Int64, staging: URL) throws {
        self.archive = archive
        self.top = top
        self.time = time
        self.staging = staging
        manifest = try ManifestFile(staging.appendingPathComponent(BagIt.manifestFile(BagIt.writtenAlgorithm)))
    }

    /// The top folder's own entry.
    func begin() throws {
        try archive.writeHeader(.directory(top, modificationTime: time))
        try archive.finishEntry()
    }

    /// A small tag file (bagit.txt, bag-info.txt) at the top of the bag.
    func tagFile(_ name: String, _ text: String) throws {
        let data = Data(text.utf8)
        try archive.add(.file("\(top)/\(name)", size: Int64(data.count), modificationTime: time), contents: data)
        tagDigests[name] = Digest.sha256Hex(data)
    }

    /// A payload file, streamed from disk in chunks; originals are checked against the corpus.
    /// - Throws: `BundleError.originalChanged` when an original's bytes changed since it was
    ///   read, `ArchiveError` when writing fails.
    func payload(_ file: PayloadFile) throws {
        try ensureFolders(for: file.path)
        let sha256 = try stream(file.url, as: file.path, size: file.size, original: file.original)
        try manifest.sink.write(BagIt.manifestLine(checksum: sha256, path: file.path))
    }

    /// The payload manifest, then the tag manifest over every tag file before it.
    func finish() throws {
        try manifest.close()
        let name = BagIt.manifestFile(BagIt.writtenAlgorithm)
        let size = OriginalFiles.regularFileSize(manifest.url) ?? 0
        tagDigests[name] = try stream(manifest.url, as: name, size: size, original: nil)
        try tagFile(BagIt.tagManifestFile, BagIt.manifest(tagDigests))
    }

    /// Writes one file entry from disk, returning its SHA-256.
    private func stream(_ url: URL, as path: String, size: Int64, original: (check: OriginalCheck, displayPath: String)?) throws -> String {
        try archive.writeHeader(.file("\(top)/\(path)", size: size, modificationTime: time))
        var digest = SHA256Stream()
        var check = original?.check
        let (count, more) = try chunks.read(url, displayPath: original?.displayPath ?? path, limit: size) { chunk in
            digest.update(chunk)
            check?.update(chunk)
            try archive.writeData(chunk)
        }
        if let original, more || count != size {
            throw BundleError.originalChanged(path: original.displayPath)
        }
        let sha256 = digest.finalize()
        try check?.finish(fileSHA256: sha256)
        try archive.finishEntry()
        return sha256
    }

    private func ensureFolders(for path: String) throws {
        let parts = path.split(separator: "/").dropLast()
        var folder = ""
        for part in parts {
            folder += folder.isEmpty ? String(part) : "/\(part)"
            if folders.insert(folder).inserted {
                try archive.writeHeader(.directory("\(top)/\(folder)", modificationTime: time))
                try archive.finishEntry()
            }
        }
    }
}
