import Foundation

/// What `newskit verify` found in a bundle.
public struct BundleVerification: Sendable, Equatable {
    /// The top folder inside the archive.
    public var top: String
    public var payloadFiles: Int
    public var payloadBytes: Int64
    /// Listed in a manifest (payload or tag) but not in the archive.
    public var missing: [String]
    /// Payload files in the archive that no manifest lists.
    public var extra: [String]
    /// Files whose content does not match a manifest, with the algorithms that disagree.
    public var changed: [String: [String]]
    /// `Payload-Oxum` as written and as found, when they differ (or it is absent).
    public var oxumMismatch: (written: String, found: String)?
    /// Set when the gzip stream itself fails its CRC check (the files above then show where).
    public var corruptStream: String?
    /// The payload manifests found and checked, by algorithm (`["sha256"]` for format 2).
    public var manifests: [String] = []

    /// True when nothing is missing, extra or changed, the Payload-Oxum matches and the gzip
    /// stream is sound.
    public var isComplete: Bool {
        missing.isEmpty && extra.isEmpty && changed.isEmpty && oxumMismatch == nil && corruptStream == nil
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.top == rhs.top && lhs.payloadFiles == rhs.payloadFiles && lhs.payloadBytes == rhs.payloadBytes
            && lhs.missing == rhs.missing && lhs.extra == rhs.extra && lhs.changed == rhs.changed
            && lhs.oxumMismatch?.written == rhs.oxumMismatch?.written && lhs.oxumMismatch?.found == rhs.oxumMismatch?.found
            && lhs.corruptStream == rhs.corruptStream && lhs.manifests == rhs.manifests
    }
}

/// Checks a bundle without extracting it: every checksum of `manifest-sha256.txt`,
/// `manifest-sha512.txt` (and any other `manifest-*.txt` of those algorithms) and
/// `tagmanifest-sha256.txt`, plus the Payload-Oxum of `bag-info.txt`.
public enum BundleVerifier {
    /// - Throws: `ArchiveError` for an unreadable or hostile archive, `BundleError` for one that
    ///   is not a bundle (no `bagit.txt`, no manifest) or has a malformed manifest.
    public static func verify(_ input: Input, limits: ArchiveLimits = ArchiveLimits(), diagnostics: any DiagnosticSink = IgnoringDiagnostics()) throws -> BundleVerification {
        let contents = try BundleContents(input, limits: limits, diagnostics: diagnostics)
        let (top, payload, tags, tagDigests) = (contents.top, contents.payload, contents.tags, contents.tagDigests)
        guard tags[BagIt.declarationFile] != nil else {
            throw BundleError.notABundle(path: input.displayPath, reason: "it has no \(top)/\(BagIt.declarationFile)")
        }
        var result = BundleVerification(
            top: top, payloadFiles: payload.count, payloadBytes: payload.values.reduce(0) { $0 + $1.size },
            missing: [], extra: [], changed: [:], corruptStream: contents.corruptStream)
        var listed = Set<String>()
        var manifests = 0
        for algorithm in BagIt.manifestAlgorithms {
            let file = BagIt.manifestFile(algorithm)
            guard let text = tags[file] else { continue }
            manifests += 1
            result.manifests.append(algorithm)
            for (path, expected) in try BagIt.parseManifest(text, bundle: input.displayPath, file: file) {
                listed.insert(path)
                guard let found = payload[path] else { result.missing.append(path); continue }
                if (algorithm == "sha256" ? found.sha256 : found.sha512) != expected { result.changed[path, default: []].append(algorithm) }
            }
        }
        guard manifests > 0 else {
            throw BundleError.notABundle(path: input.displayPath, reason: "it has no manifest-sha256.txt or manifest-sha512.txt")
        }
        result.extra = payload.keys.filter { !listed.contains($0) }.sorted(by: BagIt.byteOrder)
        try checkTagManifest(tags, tagDigests, bundle: input.displayPath, into: &result)
        checkOxum(tags[BagIt.infoFile], into: &result)
        result.missing = Array(Set(result.missing)).sorted(by: BagIt.byteOrder)
        return result
    }

    private static func checkTagManifest(
        _ tags: [String: String], _ digests: [String: (sha256: String, sha512: String)], bundle: String, into result: inout BundleVerification
    ) throws {
        guard let text = tags[BagIt.tagManifestFile] else { return }
        for (path, expected) in try BagIt.parseManifest(text, bundle: bundle, file: BagIt.tagManifestFile) {
            guard let found = digests[path] else { result.missing.append(path); continue }
            if found.sha256 != expected { result.changed[path, default: []].append("sha256") }
        }
    }

    private static func checkOxum(_ info: String?, into result: inout BundleVerification) {
        let found = BagIt.oxum(bytes: result.payloadBytes, files: result.payloadFiles)
        let written = info.flatMap { BagIt.infoValue("Payload-Oxum", in: $0) } ?? "(none)"
        if info != nil, written != found { result.oxumMismatch = (written, found) }
    }
}

/// Digests of every payload file and the text of every tag file of a bundle, read in one pass.
private struct BundleContents {
    var top = ""
    var payload: [String: (sha256: String, sha512: String, size: Int64)] = [:]
    var tags: [String: String] = [:]
    var tagDigests: [String: (sha256: String, sha512: String)] = [:]
    /// zlib's reason when the gzip stream fails its CRC after every entry was read.
    var corruptStream: String?

    init(_ input: Input, limits: ArchiveLimits, diagnostics: any DiagnosticSink) throws {
        do {
            try BundleArchive.forEachFile(in: input, limits: limits, diagnostics: diagnostics) { top, path, reader in
                self.top = top
                try record(path, reader, bundle: input.displayPath)
            }
        } catch ArchiveError.corrupt(_, _, let reason) where !top.isEmpty {
            // Thrown only at the end, after every entry was read: compare the manifests anyway
            // so the damaged files are named.
            corruptStream = reason
        }
    }

    private mutating func record(_ path: String, _ reader: ArchiveReader, bundle: String) throws {
        if path.hasPrefix(BagIt.payloadFolder + "/") {
            var digest = StreamingDigest()
            try reader.readData { digest.update($0) }
            let (sha256, sha512) = digest.finalize()
            payload[path] = (sha256, sha512, digest.byteCount)
        } else {
            let bytes = try BundleArchive.tagBytes(reader, path: path, bundle: bundle)
            tags[path] = String(decoding: bytes, as: UTF8.self)
            tagDigests[path] = (Digest.sha256Hex(bytes), Digest.sha512Hex(bytes))
        }
    }
}
