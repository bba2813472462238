import Foundation

/// The input files a bundle stores under `data/originals/`, found from the documents' origins,
/// each with what its bytes must hash to so that the stored copy is the one the corpus came from.
///
/// - One entry per distinct `Origin.path`; the archive path is that path made relative: a
///   leading `/` is dropped, `.` components are dropped and `..` becomes `__`.
///   `samples/a.txt` is stored as `data/originals/samples/a.txt`.
/// - Documents read from standard input (`-`) or built in memory (no origin) have no file to
///   store: their text is in `data/corpus.json` only. Files no longer on disk (a corpus read from
///   corpus JSON or another bundle elsewhere) are left out with a warning.
public struct OriginalFiles: Sendable {
    public struct File: Sendable {
        /// Path under `data/originals/`.
        public var archivePath: String
        public var url: URL
        /// The origin path, for messages.
        public var displayPath: String
        public var size: Int64
        var expectation: OriginalCheck.Expectation
    }

    public var files: [File]
    /// Origin paths that are not stored, with the reason, for one summary warning.
    public var leftOut: [String]

    /// Plans the originals of `headers`.
    /// - Throws: `BundleError.originalChanged` for a JSON file whose documents changed.
    public init(_ headers: HeaderTable) throws {
        var byPath: [String: [Origin]] = [:]
        var order: [String] = []
        for origin in headers.compactMap(\.origin) where origin.path != "-" {
            if byPath[origin.path] == nil { order.append(origin.path) }
            byPath[origin.path, default: []].append(origin)
        }
        var files: [File] = []
        var leftOut: [String] = []
        var taken = Set<String>()
        for path in order {
            let url = URL(fileURLWithPath: path)
            guard let size = OriginalFiles.regularFileSize(url) else {
                leftOut.append(path)
                continue
            }
            let expectation = try OriginalCheck.Expectation(origins: byPath[path] ?? [], url: url, displayPath: path)
            let archivePath = OriginalFiles.unique(OriginalFiles.relativePath(path), taken: &taken)
            files.append(File(archivePath: archivePath, url: url, displayPath: path, size: size, expectation: expectation))
        }
        self.files = files.sorted { BagIt.byteOrder($0.archivePath, $1.archivePath) }
        self.leftOut = leftOut
    }

    /// A streaming check for `file`'s bytes.
    public static func check(for file: File) -> OriginalCheck {
        OriginalCheck(file.expectation, displayPath: file.displayPath)
    }

    /// `path` as a relative path that stays inside `data/originals/`.
    static func relativePath(_ path: String) -> String {
        let parts = path.split(separator: "/").filter { $0 != "." }.map { $0 == ".." ? "__" : String($0) }
        return parts.isEmpty ? "unnamed" : parts.joined(separator: "/")
    }

    /// `path`, or `path` with `-2`, `-3`, … before the extension when another input took it.
    static func unique(_ path: String, taken: inout Set<String>) -> String {
        if taken.insert(path).inserted { return path }
        let ext = (path as NSString).pathExtension
        let base = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        var suffix = 2
        while true {
            let candidate = "\(base)-\(suffix)" + (ext.isEmpty ? "" : ".\(ext)")
            if taken.insert(candidate).inserted { return candidate }
            suffix += 1
        }
    }

    /// The size of a regular file, or nil for anything else (missing, a folder, a device).
    public static func regularFileSize(_ url: URL) -> Int64? {
        var info = stat()
        guard stat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int64(info.st_size)
    }
}
