import Foundation

/// The parts of BagIt 1.0 (RFC 8493, https://www.rfc-editor.org/rfc/rfc8493) that newskit's
/// bundles write and `newskit verify` reads: the tag file names, manifest lines and bag-info fields.
public enum BagIt {
    public static let declarationFile = "bagit.txt"
    public static let infoFile = "bag-info.txt"
    public static let payloadFolder = "data"
    /// The payload manifests newskit checks (`newskit verify`, a bundle being read), by algorithm name.
    public static let manifestAlgorithms = ["sha256", "sha512"]
    /// The payload manifest newskit writes: SHA-256 alone, the hash the corpus's origins already
    /// use. Bundles of format 1 also carry `manifest-sha512.txt`, which is still checked.
    /// Why one: docs/bundles.md, "What a bundle keeps".
    public static let writtenAlgorithm = "sha256"
    public static let tagManifestFile = "tagmanifest-sha256.txt"
    /// The bag-info label holding newskit's bundle format: 2 since the SHA-512 manifest was
    /// dropped and the gzip stream became independent members (absent: format 1).
    public static let formatLabel = "Newskit-Bundle-Format"
    public static let format = 2

    /// `bagit.txt` (RFC 8493 §2.1.1).
    public static let declaration = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"

    public static func manifestFile(_ algorithm: String) -> String { "manifest-\(algorithm).txt" }

    /// A manifest: one `CHECKSUM PATH` line per file, sorted by path bytes (§2.1.3).
    public static func manifest(_ digests: [String: String]) -> String {
        digests.keys.sorted(by: byteOrder).map { manifestLine(checksum: digests[$0] ?? "", path: $0) }.joined()
    }

    /// One manifest line, with its newline.
    public static func manifestLine(checksum: String, path: String) -> String {
        "\(checksum) \(encodePath(path))\n"
    }

    /// Parses a manifest into path → checksum.
    /// - Throws: `BundleError.badManifest` naming the file and line.
    public static func parseManifest(_ text: String, bundle: String, file: String) throws -> [String: String] {
        var digests: [String: String] = [:]
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.hasSuffix("\r") ? line.dropLast() : line
            if trimmed.isEmpty { continue }
            guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                throw BundleError.badManifest(bundle: bundle, file: file, line: index + 1, reason: "expected a checksum, spaces and a path")
            }
            let checksum = trimmed[..<space].lowercased()
            let path = trimmed[space...].drop(while: { $0 == " " || $0 == "\t" })
            guard !path.isEmpty, checksum.allSatisfy(\.isHexDigit) else {
                throw BundleError.badManifest(bundle: bundle, file: file, line: index + 1, reason: "expected a hex checksum, spaces and a path")
            }
            digests[decodePath(String(path))] = checksum
        }
        return digests
    }

    /// `bag-info.txt`: `Label: value` lines in the given order (§2.2.2).
    public static func info(_ fields: [(label: String, value: String)]) -> String {
        fields.map { "\($0.label): \($0.value.replacingOccurrences(of: "\n", with: " "))\n" }.joined()
    }

    /// The value of the first `label` line of a bag-info text, if any.
    public static func infoValue(_ label: String, in text: String) -> String? {
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"), line[..<colon] == label else { continue }
            return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// `Payload-Oxum`: payload octets, a dot, and payload file count (§2.2.2).
    public static func oxum(bytes: Int64, files: Int) -> String { "\(bytes).\(files)" }

    /// Percent-encodes CR, LF and `%` in a manifest path (§2.1.3).
    public static func encodePath(_ path: String) -> String {
        // Nearly every path has none of the three: skip the three searches-and-copies.
        guard path.utf8.contains(where: { $0 == 0x25 || $0 == 0x0D || $0 == 0x0A }) else { return path }
        return path.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    public static func decodePath(_ path: String) -> String {
        path.replacingOccurrences(of: "%0D", with: "\r", options: .caseInsensitive)
            .replacingOccurrences(of: "%0A", with: "\n", options: .caseInsensitive)
            .replacingOccurrences(of: "%25", with: "%")
    }

    /// Byte order of UTF-8: the same on every machine and locale.
    /// Bag order of two paths: by `/`-separated components, each compared as bytes, so that a
    /// folder's entries follow the folder (`a/b` before `a-b`).
    public static func componentOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.split(separator: "/").lexicographicallyPrecedes(rhs.split(separator: "/")) { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    public static func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
