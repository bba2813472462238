import Foundation

/// One input as a reader sees it: a name for messages and ids, and where its bytes are.
public struct Input: Sendable {
    /// The path as the user gave it (or as found while walking a folder); `-` for standard input.
    public var displayPath: String
    /// The file on disk, or nil for standard input (then `data` holds the bytes).
    public var url: URL? {
        // isDirectory: false, since inputs are files (folders are walked into files): without it
        // Foundation stats the path to decide, one system call per access on every file read.
        get { filePath.map { URL(fileURLWithPath: $0, isDirectory: false) } }
        set { filePath = newValue?.path }
    }
    /// The bytes, for inputs that are not files (standard input, archive entries).
    public var data: Data?
    /// The file's path. Kept as a string, not a `URL`: a folder of 20,000 articles is planned up
    /// front, and a `URL` costs about 360 bytes where its path costs about 60.
    private var filePath: String?

    public init(displayPath: String, url: URL?, data: Data? = nil) {
        self.displayPath = displayPath
        filePath = url?.path
        self.data = data
    }

    /// A file on disk at `filePath` (absolute, or relative to the working folder).
    public init(displayPath: String, filePath: String) {
        self.displayPath = displayPath
        self.filePath = filePath
        data = nil
    }

    /// The file name without directory and extension: the default document id
    /// (`stdin` for standard input).
    public var stem: String {
        if displayPath == "-" { return "stdin" }
        let name = (displayPath as NSString).lastPathComponent
        let base = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
        let stem = (base as NSString).deletingPathExtension
        return stem.isEmpty ? base : stem
    }

    /// The file name without directory (`stdin` for standard input), for `FILE:LINE` ids.
    public var fileName: String { displayPath == "-" ? "stdin" : (displayPath as NSString).lastPathComponent }

    /// The lower-cased extension (`txt`, `jsonl`, ...); for gzip files, the one before `.gz`.
    public var pathExtension: String {
        if let simple = Input.simpleExtension(of: displayPath) { return simple }
        let name = fileName.lowercased()
        let base = isGzip ? String(name.dropLast(3)) : name
        return (base as NSString).pathExtension
    }

    /// The lower-cased extension of a plain `folder/name.ext` path (ASCII, one dot in the last
    /// component, neither its first nor its last character), found without bridging to
    /// `NSString`, which readers asking in turn made 1% of reading a folder. Nil for any other
    /// shape (gzip included), left to `NSString`.
    static func simpleExtension(of path: String) -> String? {
        let bytes = path.utf8
        guard let last = bytes.last, last != UInt8(ascii: "/"), bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let name = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).last ?? bytes[...]
        let dots = name.indices.filter { name[$0] == UInt8(ascii: ".") }
        guard dots.count == 1, let dot = dots.first, dot != name.startIndex, name.index(after: dot) != name.endIndex else { return nil }
        let ext = String(decoding: name[name.index(after: dot)...], as: UTF8.self).lowercased()
        return ext == "gz" ? nil : ext
    }

    /// True for a file named `*.gz`: readers decompress it as they go.
    public var isGzip: Bool { displayPath != "-" && displayPath.lowercased().hasSuffix(".gz") }
}

/// Turns one input into documents. Each format (plain text, JSONL, corpus JSON, ...) is one reader;
/// `ReaderRegistry` picks one by extension and content.
///
/// Requirements for every reader:
/// - Reading is a pure function of the input's bytes and the options: the same bytes give the
///   same documents (ids, text, offsets), so work can be sharded.
/// - Recoverable oddities (invalid UTF-8, skipped lines) are reported to `context.diagnostics`
///   naming the file and line or byte offset; anything else throws `ReadError`.
/// - Inputs are never modified.
public protocol Reader: Sendable {
    /// A short name for messages ("plain text", "JSONL").
    var name: String { get }
    /// Whether this reader handles `input`, judged from its name and its first bytes.
    func accepts(_ input: Input, prefix: Data) -> Bool
    /// Reads `input` into a corpus: documents (bodies may stay on disk until loaded) and, for
    /// inputs that carry them (newskit corpus JSON, bundles), entities and mentions.
    /// - Throws: `ReadError`.
    func read(_ input: Input, context: ReadContext) throws -> Corpus
}
