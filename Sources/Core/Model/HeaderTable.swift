/// The headers of a `DocumentStore`, packed into one byte buffer.
///
/// A `DocumentHeader` as a Swift value is about 150 bytes plus a heap string for every field
/// longer than 15 bytes (titles, paths, the 64-character SHA-256): 400–500 bytes a document,
/// which made headers most of what grew with the corpus when bodies are loaded lazily. Packed,
/// a header is its UTF-8 bytes with varint lengths and the SHA-256 as 32 raw bytes, and the
/// origin path is written once for each run of documents from the same file (every line of a
/// JSONL file shares it): about 100 bytes for a typical news article. Reading `table[i]`
/// decodes that one header.
public struct HeaderTable: RandomAccessCollection, Sendable {
    private let storage: Storage

    public init() {
        storage = Storage(chunks: [], starts: [], paths: FrontCodedStrings())
    }

    /// The headers of `headers`, in order.
    public init(_ headers: some Sequence<DocumentHeader>) {
        var builder = Builder()
        for header in headers { builder.append(header) }
        self = builder.finish()
    }

    fileprivate init(storage: Storage) {
        self.storage = storage
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.starts.count }

    public subscript(position: Int) -> DocumentHeader {
        let start = storage.starts[position]
        var reader = Reader(bytes: storage.chunks[start >> 32], paths: storage.paths, offset: start & 0xFFFF_FFFF)
        return reader.header()
    }

    /// Each document id with the index of the first header that has it: how mentions, which
    /// name their document by id, find its position.
    public func firstIndexByID() -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(count)
        for (index, header) in enumerated() where positions[header.id] == nil { positions[header.id] = index }
        return positions
    }

    /// The same headers with document `i` renamed to `ids[i]`.
    public func renamed(_ ids: [String]) -> HeaderTable {
        var builder = Builder()
        for (index, id) in ids.enumerated() {
            var header = self[index]
            header.id = id
            builder.append(header)
        }
        return builder.finish()
    }

    /// Appends headers one at a time, then `finish()` freezes them into a table.
    public struct Builder {
        /// Full chunks, the chunk being filled, and the header being encoded. Fixed-size
        /// chunks instead of one growing array: no copy on growth and no doubled capacity.
        private var chunks: [[UInt8]] = []
        private var current: [UInt8] = []
        private var bytes: [UInt8] = []
        /// Where each header starts: chunk index << 32 | offset in the chunk.
        private var starts: [Int] = []
        private var paths = FrontCodedStrings()
        static let chunkSize = 1 << 16

        public init() {}

        public var count: Int { starts.count }
        public var isEmpty: Bool { starts.isEmpty }

        public mutating func append(_ header: DocumentHeader) {
            bytes.removeAll(keepingCapacity: true)
            let rawDigest = header.origin.flatMap { HeaderTable.rawDigest($0.sha256) }
            var flags: UInt8 = 0
            if header.title != nil { flags |= Flag.title }
            if header.date != nil { flags |= Flag.date }
            if header.source != nil { flags |= Flag.source }
            if header.url != nil { flags |= Flag.url }
            if header.origin != nil { flags |= Flag.origin }
            if header.origin?.line != nil { flags |= Flag.line }
            if rawDigest != nil { flags |= Flag.rawDigest }
            bytes.append(flags)
            write(header.id)
            for field in [header.title, header.date, header.source, header.url] {
                if let field { write(field) }
            }
            Varint.append(UInt(Swift.max(header.wordCount, 0)), to: &bytes)
            if let origin = header.origin {
                if !paths.lastIs(origin.path) { paths.append(origin.path) }
                Varint.append(UInt(paths.count - 1), to: &bytes)
                if let line = origin.line { Varint.append(UInt(bitPattern: line), to: &bytes) }
                if let rawDigest { bytes.append(contentsOf: rawDigest) } else { write(origin.sha256) }
            }
            if !current.isEmpty && current.count + bytes.count > Self.chunkSize {
                chunks.append(current)
                current = []
            }
            if current.isEmpty { current.reserveCapacity(Swift.max(Self.chunkSize, bytes.count)) }
            starts.append(chunks.count << 32 | current.count)
            current.append(contentsOf: bytes)
        }

        public mutating func append(contentsOf headers: some Sequence<DocumentHeader>) {
            for header in headers { append(header) }
        }

        public func finish() -> HeaderTable {
            HeaderTable(storage: Storage(chunks: current.isEmpty ? chunks : chunks + [current], starts: starts, paths: paths))
        }

        private mutating func write(_ text: String) {
            let utf8 = text.utf8
            Varint.append(UInt(utf8.count), to: &bytes)
            bytes.append(contentsOf: utf8)
        }
    }

    private enum Flag {
        static let title: UInt8 = 1, date: UInt8 = 2, source: UInt8 = 4, url: UInt8 = 8
        static let origin: UInt8 = 16, line: UInt8 = 32, rawDigest: UInt8 = 64
    }

    /// The 32 bytes of a lowercase hex SHA-256, or nil for anything else (kept as text then).
    static func rawDigest(_ hex: String) -> [UInt8]? {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 64 else { return nil }
        var raw: [UInt8] = []
        raw.reserveCapacity(32)
        for pair in stride(from: 0, to: 64, by: 2) {
            guard let high = nibble(utf8[pair]), let low = nibble(utf8[pair + 1]) else { return nil }
            raw.append(high << 4 | low)
        }
        return raw
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        let paths: FrontCodedStrings
        var offset: Int

        mutating func header() -> DocumentHeader {
            let flags = bytes[offset]
            offset += 1
            let id = string()
            let title = flags & Flag.title != 0 ? string() : nil
            let date = flags & Flag.date != 0 ? string() : nil
            let source = flags & Flag.source != 0 ? string() : nil
            let url = flags & Flag.url != 0 ? string() : nil
            let wordCount = Int(Varint.read(bytes, at: &offset))
            var origin: Origin?
            if flags & Flag.origin != 0 {
                let path = paths[Int(Varint.read(bytes, at: &offset))]
                let line = flags & Flag.line != 0 ? Int(bitPattern: Varint.read(bytes, at: &offset)) : nil
                let sha256: String
                if flags & Flag.rawDigest != 0 {
                    sha256 = Digest.hex(bytes[offset..<offset + 32])
                    offset += 32
                } else {
                    sha256 = string()
                }
                origin = Origin(path: path, line: line, sha256: sha256)
            }
            return DocumentHeader(id: id, title: title, date: date, source: source, url: url, origin: origin, wordCount: wordCount)
        }

        private mutating func string() -> String {
            let length = Int(Varint.read(bytes, at: &offset))
            defer { offset += length }
            return bytes.withUnsafeBufferPointer { buffer in
                String(decoding: UnsafeBufferPointer(rebasing: buffer[offset..<offset + length]), as: UTF8.self)
            }
        }
    }

    /// Immutable once built, so tables share it freely.
    fileprivate final class Storage: Sendable {
        let chunks: [[UInt8]]
        let starts: [Int]
        /// Origin paths, one per run of headers from the same file, front-coded (a folder's
        /// paths share all but their last few bytes).
        let paths: FrontCodedStrings

        init(chunks: [[UInt8]], starts: [Int], paths: FrontCodedStrings) {
            self.chunks = chunks
            self.starts = starts
            self.paths = paths
        }
    }
}

extension HeaderTable: Equatable {
    public static func == (lhs: HeaderTable, rhs: HeaderTable) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}
