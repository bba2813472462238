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
    /// One input file to store. Kept small (about 100 bytes): where the file is and what it must
    /// hash to are looked up in the corpus's headers when it is archived, not held per file.
    public struct File: Sendable {
        /// Path under `data/originals/`.
        public var archivePath: String
        public var size: Int64
        /// The documents read from this file, as runs of header indices (usually one run).
        var documents: [Range<Int>]
    }

    /// The files to store, in bag order (by path components, then bytes).
    public var files: [File]
    /// Origin paths that are not stored, with the reason, for one summary warning.
    public var leftOut: [String]
    private let headers: HeaderTable

    /// Plans the originals of `headers`: one pass that groups runs of documents from the same
    /// file (the readers give each file's documents together).
    public init(_ headers: HeaderTable) {
        self.headers = headers
        var files: [File] = []
        var leftOut: [String] = []
        var missing = Set<String>()
        var fileOfPath: [String: Int]? = nil // built only if a file's documents are not all together
        var previousPath: String?
        var taken = Set<String>()
        var index = 0
        while index < headers.count {
            guard let path = headers[index].origin?.path, path != "-" else { index += 1; continue }
            var end = index + 1
            while end < headers.count, headers[end].origin?.path == path { end += 1 }
            defer { index = end }
            if let previous = previousPath, !BagIt.byteOrder(previous, path) {
                // Out of order: this path may have been seen before; index the files to find out.
                if fileOfPath == nil {
                    fileOfPath = [:]
                    for (position, file) in files.enumerated() { fileOfPath?[OriginalFiles.originPath(of: file, in: headers)] = position }
                }
            }
            previousPath = path
            if let position = fileOfPath?[path] {
                files[position].documents.append(index..<end)
                continue
            }
            if missing.contains(path) { continue }
            guard let size = OriginalFiles.regularFileSize(URL(fileURLWithPath: path)) else {
                leftOut.append(path)
                missing.insert(path)
                continue
            }
            let archivePath = OriginalFiles.unique(OriginalFiles.relativePath(path), taken: &taken)
            fileOfPath?[path] = files.count
            files.append(File(archivePath: archivePath, size: size, documents: [index..<end]))
        }
        self.files = files.sorted { BagIt.componentOrder($0.archivePath, $1.archivePath) }
        self.leftOut = leftOut
    }

    /// The input file's path, as the corpus recorded it.
    public func originPath(of file: File) -> String {
        OriginalFiles.originPath(of: file, in: headers)
    }

    private static func originPath(of file: File, in headers: HeaderTable) -> String {
        file.documents.first.flatMap { headers[$0.lowerBound].origin?.path } ?? file.archivePath
    }

    /// The file on disk.
    public func url(of file: File) -> URL {
        URL(fileURLWithPath: originPath(of: file))
    }

    /// A streaming check for `file`'s bytes against the hashes the corpus recorded.
    /// - Throws: `BundleError.originalChanged` for a JSON file whose documents changed.
    public func check(for file: File) throws -> OriginalCheck {
        let origins = file.documents.flatMap { $0.compactMap { headers[$0].origin } }
        let path = originPath(of: file)
        let expectation = try OriginalCheck.Expectation(origins: origins, url: url(of: file), displayPath: path)
        return OriginalCheck(expectation, displayPath: path)
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
