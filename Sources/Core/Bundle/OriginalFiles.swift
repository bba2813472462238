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
    /// One input file to store. Kept small (about 40 bytes): its path under `data/originals/` is
    /// in a front-coded list (`archivePath(of:)`), and where the file is and what it must hash
    /// to are looked up in the corpus's headers when it is archived, not held per file.
    public struct File: Sendable {
        public var size: Int64
        /// The documents read from this file, as runs of header indices (usually one run).
        var documents: [Range<Int>]
        /// Position of its archive path in `archivePaths`.
        fileprivate var pathIndex: Int
    }

    /// The files to store, in bag order (by path components, then bytes).
    public private(set) var files: [File]
    /// Origin paths that are not stored, with the reason, for one summary warning.
    public private(set) var leftOut: [String]
    private let headers: HeaderTable
    /// Paths under `data/originals/`, front-coded: a folder's paths share all but their last bytes.
    private var archivePaths = FrontCodedStrings()

    /// Plans the originals of `headers`: one pass that groups runs of documents from the same
    /// file (the readers give each file's documents together).
    public init(_ headers: HeaderTable) {
        self.headers = headers
        files = []
        leftOut = []
        var missing = Set<String>()
        var fileOfPath: [String: Int]? = nil // built only if a file's documents are not all together
        var previousPath: String?
        var taken = TakenPaths()
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
            guard let size = OriginalFiles.regularFileSize(atPath: path) else {
                leftOut.append(path)
                missing.insert(path)
                continue
            }
            let archivePath = taken.unique(OriginalFiles.relativePath(path), in: archivePaths)
            fileOfPath?[path] = files.count
            files.append(File(size: size, documents: [index..<end], pathIndex: archivePaths.count))
            archivePaths.append(archivePath)
        }
        putInBagOrder()
    }

    /// Sorts `files` by archive path. Folders are read in byte order of their paths, which is
    /// bag order but for names with bytes below `/` (`a-b/x` sorts before `a/x` by bytes, after
    /// it by components), so this is usually one pass that finds nothing to move.
    private mutating func putInBagOrder() {
        var previous: String?
        var sorted = true
        for file in files {
            let path = archivePaths[file.pathIndex]
            if let previous, !BagIt.componentOrder(previous, path) { sorted = false; break }
            previous = path
        }
        guard !sorted else { return }
        let paths = files.map { archivePaths[$0.pathIndex] }
        let order = files.indices.sorted { BagIt.componentOrder(paths[$0], paths[$1]) }
        var reordered = FrontCodedStrings()
        files = order.map { position in
            var file = files[position]
            file.pathIndex = reordered.count
            reordered.append(paths[position])
            return file
        }
        archivePaths = reordered
    }

    /// `file`'s path under `data/originals/`.
    public func archivePath(of file: File) -> String {
        archivePaths[file.pathIndex]
    }

    /// The input file's path, as the corpus recorded it.
    public func originPath(of file: File) -> String {
        OriginalFiles.originPath(of: file, in: headers)
    }

    private static func originPath(of file: File, in headers: HeaderTable) -> String {
        file.documents.first.flatMap { headers[$0.lowerBound].origin?.path } ?? ""
    }

    /// The file on disk.
    public func url(of file: File) -> URL {
        URL(fileURLWithPath: originPath(of: file), isDirectory: false) // a file: no stat to find out
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

    /// The archive paths given out so far, as hashes: a few bytes a file instead of a set of
    /// strings. A hash already seen is checked against the paths themselves, so two paths with
    /// the same hash never count as the same path.
    struct TakenPaths {
        private var hashes = Set<Int>()

        /// `path`, or `path` with `-2`, `-3`, … before the extension when another input took it.
        mutating func unique(_ path: String, in given: FrontCodedStrings) -> String {
            if take(path, given) { return path }
            let ext = (path as NSString).pathExtension
            let base = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
            var suffix = 2
            while true {
                let candidate = "\(base)-\(suffix)" + (ext.isEmpty ? "" : ".\(ext)")
                if take(candidate, given) { return candidate }
                suffix += 1
            }
        }

        private mutating func take(_ path: String, _ given: FrontCodedStrings) -> Bool {
            if hashes.insert(path.hashValue).inserted { return true }
            return !(0..<given.count).contains { given[$0] == path }
        }
    }

    /// The size of a regular file, or nil for anything else (missing, a folder, a device).
    public static func regularFileSize(_ url: URL) -> Int64? {
        regularFileSize(atPath: url.path)
    }

    /// The same for a path (no `URL` to build: a bundle stats every input file).
    public static func regularFileSize(atPath path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int64(info.st_size)
    }
}
