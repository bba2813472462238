import Crypto
import Foundation

/// Checks, while an original file is streamed into a bundle, that its bytes are those the corpus
/// recorded: the whole file's SHA-256 for plain-text documents, each line's SHA-256 for JSONL
/// documents (`Origin.line`), and for `.json` and `.warc` files the whole-file hash of a re-read
/// whose documents matched (their origins hash re-serialised elements or WARC record blocks, not
/// bytes of the file).
///
/// A gzip-compressed original (`.jsonl.gz`, `.txt.gz`) is stored as it is on disk, but the
/// readers hashed its decompressed bytes, so those are what is checked: the chunks are inflated
/// on the way (`GzipInflater`) and the whole-file hash is then the decompressed content's.
public struct OriginalCheck {
    struct Expectation: Sendable {
        var wholeFile: String?
        /// The hashes are of the file's decompressed bytes (a `.gz` name, as `Input.isGzip`).
        var decompressed = false
        /// 1-based line number → SHA-256 of the line without its `\n` and one trailing `\r`.
        var lines: [Int: String]

        init(origins: [Origin], url: URL, displayPath: String) throws {
            lines = [:]
            let name = url.lastPathComponent.lowercased()
            if let reader = Expectation.rereader(for: name) {
                wholeFile = try Expectation.rereadFileHash(reader, origins: origins, url: url, displayPath: displayPath)
                return
            }
            decompressed = name.hasSuffix(".gz")
            for origin in origins {
                if let line = origin.line { lines[line] = origin.sha256 } else { wholeFile = origin.sha256 }
            }
        }

        /// The reader to re-read a file with, for inputs whose origins hash something other than
        /// the file's bytes or lines: JSON (re-serialised elements) and WARC (each record's block).
        static func rereader(for name: String) -> (any Reader)? {
            if name.hasSuffix(".json") || name.hasSuffix(".json.gz") { return JSONReader() }
            if name.hasSuffix(".warc") || name.hasSuffix(".warc.gz") { return WARCReader() }
            return nil
        }

        /// Re-reads the input from memory; its documents must hash as recorded. Returns its file hash.
        static func rereadFileHash(_ reader: any Reader, origins: [Origin], url: URL, displayPath: String) throws -> String {
            var options = ReadOptions()
            options.skipInvalid = true // as lenient as the first read may have been: only the hashes count
            guard let data = try? Data(contentsOf: url),
                  let again = try? reader.read(Input(displayPath: displayPath, url: nil, data: data), context: ReadContext(options: options)) else {
                throw BundleError.originalChanged(path: displayPath)
            }
            let found = Set(again.documents.headers.compactMap(\.origin?.sha256))
            guard origins.allSatisfy({ found.contains($0.sha256) }) else { throw BundleError.originalChanged(path: displayPath) }
            return Digest.sha256Hex(data)
        }
    }

    private let expectation: Expectation
    private let displayPath: String
    private var line = SHA256()
    private var lineNumber = 1
    private var lineHasBytes = false
    private var pendingCR = false
    private var linesSeen = Set<Int>()
    /// Only for a gzip original: its inflater, the decompressed content's digest, and the first
    /// failure to inflate (reported as a changed file by `finish`).
    private let inflater: GzipInflater?
    private var content = SHA256()
    private var damaged = false

    init(_ expectation: Expectation, displayPath: String) {
        self.expectation = expectation
        self.displayPath = displayPath
        inflater = expectation.decompressed ? try? GzipInflater() : nil
        damaged = expectation.decompressed && inflater == nil
    }

    /// Feeds the next chunk of the file (inflated first for a gzip original).
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let inflater else { return check(bytes) }
        guard !damaged else { return }
        var output: [UInt8] = []
        do {
            _ = try inflater.inflate(Array(bytes), into: &output)
        } catch {
            damaged = true
            return
        }
        output.withUnsafeBytes { piece in
            content.update(bufferPointer: piece)
            check(piece)
        }
    }

    /// Feeds the next chunk of content to the line checks.
    private mutating func check(_ bytes: UnsafeRawBufferPointer) {
        guard !expectation.lines.isEmpty else { return }
        var start = 0
        while start < bytes.count {
            let rest = UnsafeRawBufferPointer(rebasing: bytes[start...])
            if let newline = rest.firstIndex(of: 0x0A) {
                feedLine(UnsafeRawBufferPointer(rebasing: rest[..<newline]))
                endLine()
                start += newline + 1
            } else {
                feedLine(rest)
                start = bytes.count
            }
        }
    }

    /// Ends the stream; `fileSHA256` is the whole file's digest, which the caller computes anyway.
    /// - Throws: `BundleError.originalChanged` when any hash differs from the corpus.
    public mutating func finish(fileSHA256: String) throws {
        if lineHasBytes { endLine() }
        if let inflater, damaged || inflater.insideMember { throw BundleError.originalChanged(path: displayPath) }
        let contentSHA256 = inflater == nil ? fileSHA256 : Digest.hex(content.finalize())
        if let whole = expectation.wholeFile, contentSHA256 != whole {
            throw BundleError.originalChanged(path: displayPath)
        }
        guard linesSeen.count == expectation.lines.count else { throw BundleError.originalChanged(path: displayPath) }
    }

    private mutating func feedLine(_ part: UnsafeRawBufferPointer) {
        guard expectation.lines[lineNumber] != nil, !part.isEmpty else { return }
        lineHasBytes = true
        if pendingCR { line.update(data: [UInt8(0x0D)]) }
        pendingCR = part.last == 0x0D
        line.update(bufferPointer: pendingCR ? UnsafeRawBufferPointer(rebasing: part.dropLast()) : part)
    }

    private mutating func endLine() {
        if let expected = expectation.lines[lineNumber], Digest.hex(line.finalize()) == expected {
            linesSeen.insert(lineNumber)
        }
        line = SHA256()
        pendingCR = false
        lineHasBytes = false
        lineNumber += 1
    }
}
