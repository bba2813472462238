import Foundation

/// The corpus-wide merge cut into steps a distributed job runs apart, each reading JSON Lines and
/// writing JSON Lines (`newskit merge-step STEP`), so the job only moves, groups and sorts records
/// and never re-implements the merge:
///
/// 1. `ids` (per shard): partial records → one id row per document: order, id, fingerprint.
/// 2. `dedupe` (once, on id rows sorted by order): → a decision row for each document that is
///    dropped (the same article read twice) or renamed (`id-2`); nothing for the others.
/// 3. `keys` (per shard): partial records → one `KeyRow` per document and entity, leaving out
///    documents the decisions drop.
/// 4. `combine` (per group of keys): key rows sorted by key → one row per key.
/// 5. `resolve` (once, on all combined rows): → the resolution file (`ResolutionFile`).
///
/// Then either `newskit merge PART… --resolution FILE` writes the formats in one task, or, for
/// the row formats (csv, geojson), each slice writes its own rows:
///
/// 6. `rows` (per slice of records sorted by order, with the lookup of its keys): → the slice's
///    row files (`SliceWriter`) and one `UsageRow` per entity it mentions.
/// 7. `usage` (per group of entities): usage rows sorted by entity → one row per entity.
///
/// and `newskit merge --slices DIR --usage FILE… --resolution FILE` joins them.
public enum MergeStep: String, CaseIterable, Sendable {
    case ids, dedupe, keys, combine, resolve, rows, usage

    /// What `rows` needs besides its input: the slice's key lookup, its place, and the writer.
    public struct RowSettings: Sendable {
        public var lookup: String
        public var slice: Int
        public var writer: any SliceWriter
        public var diagnostics: any DiagnosticSink

        public init(lookup: String, slice: Int, writer: any SliceWriter, diagnostics: any DiagnosticSink) {
            self.lookup = lookup
            self.slice = slice
            self.writer = writer
            self.diagnostics = diagnostics
        }
    }

    /// One document in the `ids` and `dedupe` steps.
    public struct IDRow: Codable, Sendable, Equatable {
        public var order: DocumentOrder
        public var id: String
        public var fingerprint: String
    }

    /// What `dedupe` decided for one document: `drop` (with the order of the kept copy it
    /// repeats, `sameAs`, so `rows` can fold its fields in), or its new `id`.
    public struct Decision: Codable, Sendable, Equatable {
        public var order: DocumentOrder
        public var id: String?
        public var drop: Bool?
        public var sameAs: DocumentOrder?

        public init(order: DocumentOrder, id: String? = nil, drop: Bool? = nil, sameAs: DocumentOrder? = nil) {
            self.order = order
            self.id = id
            self.drop = drop
            self.sameAs = sameAs
        }
    }

    /// Runs the step over the lines of `input` (a path or `-`), writing to `sink`.
    /// - Parameters:
    ///   - decisions: for `keys` and `rows`, the output of `dedupe`, if any.
    ///   - rows: for `rows`, its settings (required).
    /// - Returns: a line for people about what the step held, for `resolve` and `rows`; else nil.
    /// - Throws: `PartialError` naming the input and line; `ReadError`.
    @discardableResult
    public func run(input: String, decisions: String? = nil, rows: RowSettings? = nil, to sink: any ByteSink) throws -> String? {
        let name = input == "-" ? "standard input" : input
        switch self {
        case .ids:
            try Self.records(input, name) { record, _ in
                try sink.write(try Self.line(IDRow(order: record.order, id: record.document.id, fingerprint: record.fingerprint)))
            }
        case .dedupe:
            try Self.dedupe(input, name, to: sink)
        case .keys:
            let dropped = try decisions.map(Self.droppedOrders) ?? []
            try Self.records(input, name) { record, _ in
                guard !dropped.contains(record.order) else { return }
                for entity in record.entities { try sink.write(try Self.line(KeyRow(entity))) }
            }
        case .combine:
            try Self.foldRuns(KeyRow.self, what: "a key row", input, name, to: sink, key: \.key) { $0.combined(with: $1) }
        case .usage:
            try Self.foldRuns(UsageRow.self, what: "a usage row", input, name, to: sink, key: \.entity) { $0.combined(with: $1) }
        case .rows:
            guard let rows else { throw PartialError.badRecord(location: name, reason: "the rows step needs a key lookup, a slice number and a writer") }
            let baseline = ProcessMemory.peakResidentBytes()
            let slice = try CorpusSlice.read(input: input, decisions: decisions, lookup: try KeyLookup.read(path: rows.lookup),
                                             index: rows.slice, diagnostics: rows.diagnostics)
            try rows.writer.write(slice, usage: sink)
            let count = slice.corpus.documents.count
            return "slice \(rows.slice): \(count) documents, \(slice.corpus.mentions.count) mentions; "
                + ProcessMemory.describeGrowth(since: baseline, over: max(count, 1), of: "document")
        case .resolve:
            let baseline = ProcessMemory.peakResidentBytes()
            var rows: [KeyRow] = []
            try LineStream.forEachLine(of: input, limit: PartialFile.lineLimit) { line, number in
                rows.append(try LineStream.decode(KeyRow.self, line, location: "\(name):\(number)", what: "a key row"))
            }
            let resolution = EntityMerger.resolve(rows)
            try ResolutionFile.write(resolution, to: sink)
            let keys = resolution.idOfKey.count
            return "resolved \(keys) distinct keys (from \(rows.count) rows) into \(resolution.entities.count) entities; "
                + ProcessMemory.describeGrowth(since: baseline, over: keys, of: "distinct key")
        }
        return nil
    }

    /// Calls `body` with each partial record of `input` and its location, checking header lines
    /// (part files concatenated by a job keep theirs).
    static func records(_ input: String, _ name: String, _ body: (PartialRecord, String) throws -> Void) throws {
        try LineStream.forEachLine(of: input, limit: PartialFile.lineLimit) { line, number in
            guard !line.starts(with: Data("{\"format\"".utf8)) else {
                return try line.withUnsafeBytes { try PartialFile.checkHeader($0, location: "\(name):\(number)") }
            }
            let location = "\(name):\(number)"
            try body(try LineStream.decode(PartialRecord.self, line, location: location, what: "a partial record"), location)
        }
    }

    /// `DocumentIDAssigner` over id rows in corpus order; writes only what changes.
    private static func dedupe(_ input: String, _ name: String, to sink: any ByteSink) throws {
        var assigner = DocumentIDAssigner<IDRow>()
        var previous: DocumentOrder?
        try LineStream.forEachLine(of: input, limit: PartialFile.lineLimit) { line, number in
            let location = "\(name):\(number)"
            let row = try LineStream.decode(IDRow.self, line, location: location, what: "an id row")
            if let previous, row.order < previous {
                throw PartialError.badRecord(location: location, reason: "id rows must come sorted by order (input, path, record)")
            }
            previous = row.order
            switch assigner.assign(id: row.id, token: row, isSame: { $0.fingerprint == $1.fingerprint }) {
            case .drop(let kept): try sink.write(try Self.line(Decision(order: row.order, drop: true, sameAs: kept.order)))
            case .keep(let id) where id != row.id: try sink.write(try Self.line(Decision(order: row.order, id: id)))
            case .keep: break
            }
        }
    }

    /// Folds runs of rows with one key; rows arriving unsorted still give correct (if more) rows,
    /// which the next step (`resolve`, the final write) combines again.
    private static func foldRuns<Row: Codable>(
        _ type: Row.Type, what: String, _ input: String, _ name: String, to sink: any ByteSink,
        key: (Row) -> String, combine: (Row, Row) -> Row
    ) throws {
        var current: Row?
        try LineStream.forEachLine(of: input, limit: PartialFile.lineLimit) { line, number in
            let row = try LineStream.decode(Row.self, line, location: "\(name):\(number)", what: what)
            if let run = current, key(run) == key(row) {
                current = combine(run, row)
            } else {
                if let run = current { try sink.write(try Self.line(run)) }
                current = row
            }
        }
        if let run = current { try sink.write(try Self.line(run)) }
    }

    /// The orders of the documents `dedupe` dropped, read from its output.
    private static func droppedOrders(_ path: String) throws -> Set<DocumentOrder> {
        Set(try decisionsByOrder(path).values.filter { $0.drop == true }.map(\.order))
    }

    /// The output of `dedupe`, by document order.
    static func decisionsByOrder(_ path: String) throws -> [DocumentOrder: Decision] {
        var decisions: [DocumentOrder: Decision] = [:]
        try LineStream.forEachLine(of: path, limit: PartialFile.lineLimit) { line, number in
            let decision = try LineStream.decode(Decision.self, line, location: "\(path):\(number)", what: "a dedupe decision")
            decisions[decision.order] = decision
        }
        return decisions
    }

    private static func line<T: Encodable>(_ value: T) throws -> Data {
        var data = try PartialRecord.encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
