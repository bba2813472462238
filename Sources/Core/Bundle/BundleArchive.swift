import Foundation

/// Walks a bundle's entries through `ArchiveReader` (all its safety checks apply), enforcing the
/// bundle shape: every entry inside one top folder. Hands each file to `body` with its path
/// relative to that folder (`data/corpus.json`, `bagit.txt`, ...), for it to read or ignore,
/// after the top folder's name.
enum BundleArchive {
    /// - Returns: the top folder's name.
    /// - Throws: `ArchiveError`, `BundleError.notABundle`, and whatever `body` throws.
    @discardableResult
    static func forEachFile(
        in input: Input, limits: ArchiveLimits, diagnostics: any DiagnosticSink,
        _ body: (_ top: String, _ path: String, _ reader: ArchiveReader) throws -> Void
    ) throws -> String {
        let reader = try open(input, limits: limits, diagnostics: diagnostics)
        defer { reader.close() }
        var top: String?
        while let entry = try reader.nextEntry() {
            let parts = entry.path.split(separator: "/", maxSplits: 1)
            guard let first = parts.first.map(String.init) else { continue }
            if top == nil { top = first }
            guard first == top else {
                throw BundleError.notABundle(path: input.displayPath, reason: "entries \"\(top ?? "")\" and \"\(first)\" are not in one top folder")
            }
            guard entry.kind == .file else { continue }
            guard parts.count == 2 else {
                throw BundleError.notABundle(path: input.displayPath, reason: "file \"\(entry.path)\" is not inside a top folder")
            }
            try body(first, String(parts[1]), reader)
        }
        guard let top else { throw BundleError.notABundle(path: input.displayPath, reason: "the archive is empty") }
        return top
    }

    static func open(_ input: Input, limits: ArchiveLimits, diagnostics: any DiagnosticSink) throws -> ArchiveReader {
        if let data = input.data {
            return try ArchiveReader(data: data, name: input.displayPath, limits: limits, diagnostics: diagnostics)
        }
        guard let url = input.url, FileManager.default.fileExists(atPath: url.path) else {
            throw ReadError.missingInput(path: input.displayPath)
        }
        return try ArchiveReader(contentsOf: url, name: input.displayPath, limits: limits, diagnostics: diagnostics)
    }

    /// Tag files are small; anything bigger than this is not one of ours.
    static let maxTagFileBytes = 64 << 20

    /// Reads a tag file (manifest, bag-info) as UTF-8 text, refusing huge ones.
    static func text(_ reader: ArchiveReader, path: String, bundle: String) throws -> String {
        String(decoding: try tagBytes(reader, path: path, bundle: bundle), as: UTF8.self)
    }

    /// Reads a tag file's bytes, refusing huge ones.
    static func tagBytes(_ reader: ArchiveReader, path: String, bundle: String) throws -> Data {
        var data = Data()
        try reader.readData { chunk in
            guard data.count + chunk.count <= maxTagFileBytes else {
                throw BundleError.notABundle(path: bundle, reason: "tag file \(path) is over \(maxTagFileBytes) bytes")
            }
            data.append(contentsOf: chunk)
        }
        return data
    }
}
