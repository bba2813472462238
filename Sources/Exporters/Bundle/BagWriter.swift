import Core
import Foundation

/// Writes the entries of one bag under its top folder, in sorted order, and remembers the
/// digests of everything it writes for the manifests that come last.
///
/// Every entry gets the same modification time (`SOURCE_DATE_EPOCH`); folders are written
/// just before their first file, which is their place in component order.
final class BagWriter {
    private let archive: ArchiveWriter
    private let top: String
    private let time: Int64
    private let chunks = ChunkedFile()
    private var folders = Set<String>()
    /// Bag path → (SHA-256, SHA-512) of payload files.
    private(set) var payloadDigests: [String: (sha256: String, sha512: String)] = [:]
    /// Bag path → SHA-256 of tag files.
    private(set) var tagDigests: [String: String] = [:]

    init(archive: ArchiveWriter, top: String, time: Int64) {
        self.archive = archive
        self.top = top
        self.time = time
    }

    /// The top folder's own entry.
    func begin() throws {
        try archive.writeHeader(.directory(top, modificationTime: time))
        try archive.finishEntry()
    }

    /// A tag file (bagit.txt, bag-info.txt, a manifest) at the top of the bag.
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
        try archive.writeHeader(.file("\(top)/\(file.path)", size: file.size, modificationTime: time))
        var digest = StreamingDigest()
        var check = file.original.map(OriginalFiles.check(for:))
        let (count, more) = try chunks.read(file.url, displayPath: file.original?.displayPath ?? file.path, limit: file.size) { chunk in
            digest.update(chunk)
            check?.update(chunk)
            try archive.writeData(chunk)
        }
        if let original = file.original, more || count != file.size {
            throw BundleError.originalChanged(path: original.displayPath)
        }
        try check?.finish()
        try archive.finishEntry()
        payloadDigests[file.path] = digest.finalize()
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
