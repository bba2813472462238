import Foundation

/// Reads partial-result files (`newskit extract --output part.jsonl`) into a `PartialSet`.
///
/// Streams each file and keeps per document only its header, order, fingerprint, entities and
/// mentions, and where its line is: bodies are parsed again from the file when an exporter
/// asks for them, so merging does not hold the texts.
public enum PartialFile {
    /// The longest line read: a document of `ReadOptions.defaultMaxDocumentBytes` with room
    /// for its entities and JSON escaping.
    public static let lineLimit = 64 << 20

    /// Reads every file in order.
    /// - Throws: `PartialError` naming the file and line; `ReadError` when a file cannot be read.
    public static func read(paths: [String]) throws -> PartialSet {
        PartialSet.concatenating(try paths.map(read(path:)))
    }

    /// Reads one file.
    public static func read(path: String) throws -> PartialSet {
        let url = URL(fileURLWithPath: path)
        var source = try FileByteSource(url: url, displayPath: path)
        var pass = Pass(path: path)
        let splitter = LineSplitter(limit: lineLimit, skipOverlong: false, displayPath: path)
        try splitter.forEachLine(of: &source) { line, range in try pass.add(line, range) }
        guard pass.sawHeader else { throw PartialError.notPartial(location: "\(path):1") }
        let loader = Loader(path: path, url: url, ranges: pass.ranges)
        let store = DocumentStore(headers: pass.headers.finish(), loader: loader)
        return PartialSet(documents: store, orders: pass.orders, fingerprints: pass.fingerprints,
                          found: FoundStore(count: pass.ranges.count, loader: loader))
    }

    /// Checks a header line's format and version; `location` is its file and line.
    static func checkHeader(_ line: UnsafeRawBufferPointer, location: String) throws {
        let object = try? JSONSerialization.jsonObject(with: Data(line), options: [])
        guard let header = object as? [String: Any], header["format"] as? String == PartialRecord.formatName,
              let version = header["version"] as? Int else { throw PartialError.notPartial(location: location) }
        guard version <= PartialRecord.formatVersion else { throw PartialError.newerVersion(location: location, version: version) }
    }

    /// Decodes one record line.
    static func record(_ line: UnsafeRawBufferPointer, location: String) throws -> PartialRecord {
        try LineStream.decode(PartialRecord.self, Data(line), location: location, what: "a partial record")
    }

    /// What one pass over a file collects.
    private struct Pass {
        let path: String
        var sawHeader = false
        var headers = HeaderTable.Builder()
        var ranges: [LineRange] = []
        var orders: [DocumentOrder] = []
        var fingerprints: [String] = []

        init(path: String) { self.path = path }

        mutating func add(_ line: UnsafeRawBufferPointer, _ range: LineRange) throws {
            guard !JSONLines.isBlank(line) else { return }
            guard sawHeader else {
                try PartialFile.checkHeader(line, location: "\(path):\(range.number)")
                sawHeader = true
                return
            }
            let record = try PartialFile.record(line, location: "\(path):\(range.number)")
            headers.append(DocumentHeader(record.document))
            ranges.append(range)
            orders.append(record.order)
            fingerprints.append(record.fingerprint)
        }
    }

    /// Parses a record again from its line when its body or its entities are needed.
    private struct Loader: DocumentLoader, FoundLoader {
        let path: String
        let url: URL
        let ranges: [LineRange]

        func loadDocument(at index: Int) throws -> Document {
            try loadRecord(at: index).document
        }

        func loadFound(at index: Int) throws -> DocumentEntities {
            try loadRecord(at: index).entities(index: index)
        }

        private func loadRecord(at index: Int) throws -> PartialRecord {
            let range = ranges[index]
            return try JSONLines.withLine(url, range, displayPath: path) { line in
                try PartialFile.record(line, location: "\(path):\(range.number)")
            }
        }
    }
}
