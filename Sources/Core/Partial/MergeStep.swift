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
/// Then `newskit merge PART… --resolution FILE` writes the formats.
public enum MergeStep: String, CaseIterable, Sendable {
    case ids, dedupe, keys, combine, resolve

    /// One document in the `ids` and `dedupe` steps.
    public struct IDRow: Codable, Sendable, Equatable {
        public var order: DocumentOrder
        public var id: String
        public var fingerprint: String
    }

    /// What `dedupe` decided for one document: `drop`, or its new `id`.
    public struct Decision: Codable, Sendable, Equatable {
        public var order: DocumentOrder
        public var id: String?
        public var drop: Bool?
    }

    /// Runs the step over the lines of `input` (a path or `-`), writing to `sink`.
    /// - Parameters:
    ///   - decisions: for `keys`, the output of `dedupe` (documents to leave out), if any.
    /// - Returns: a line for people about what the step held, for `resolve`; else nil.
    /// - Throws: `PartialError` naming the input and line; `ReadError`.
    @discardableResult
    public func run(input: String, decisions: String? = nil, to sink: any ByteSink) throws -> String? {
        let name = input == "-" ? "standard input" : input
        switch self {
        case .ids:
            try Self.records(input, name) { record in
                try sink.write(try Self.line(IDRow(order: record.order, id: record.document.id, fingerprint: record.fingerprint)))
            }
        case .dedupe:
            try Self.dedupe(input, name, to: sink)
        case .keys:
            let dropped = try decisions.map(Self.droppedOrders) ?? []
            try Self.records(input, name) { record in
                guard !dropped.contains(record.order) else { return }
                for entity in record.entities { try sink.write(try Self.line(KeyRow(entity))) }
            }
        case .combine:
            try Self.combine(input, name, to: sink)
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

    /// Calls `body` with each partial record of `input`, checking header lines (part files
    /// concatenated by a job keep theirs).
    private static func records(_ input: String, _ name: String, _ body: (PartialRecord) throws -> Void) throws {
        try LineStream.forEachLine(of: input, limit: PartialFile.lineLimit) { line, number in
            guard !line.starts(with: Data("{\"format\"".utf8)) else {
                return try line.withUnsafeBytes { try PartialFile.checkHeader($0, location: "\(name):\(number)") }
            }
            try body(try LineStream.decode(PartialRecord.self, line, location: "\(name):\(number)", what: "a partial record"))
        }
    }

    /// `DocumentIDAssigner` over id rows in corpus order; writes only what changes.
    private static func dedupe(_ input: String, _ name: String, to sink: any ByteSink) throws {
        var assigner = DocumentIDAssigner<String>()
        var previous: DocumentOrder?
        try LineStream.forEachLine(of: input, limit: PartialFile.lineLimit) { line, number in
            let location = "\(name):\(number)"
            let row = try LineStream.decode(IDRow.self, line, location: location, what: "an id row")
            if let previous, row.order < previous {
                throw PartialError.badRecord(location: location, reason: "id rows must come sorted by order (input, path, record)")
            }
            previous = row.order
            switch assigner.assign(id: row.id, token: row.fingerprint, isSame: ==) {
            case .drop: try sink.write(try Self.line(Decision(order: row.order, id: nil, drop: true)))
            case .keep(let id) where id != row.id: try sink.write(try Self.line(Decision(order: row.order, id: id, drop: nil)))
            case .keep: break
            }
        }
    }

    /// Folds runs of rows with one key; rows arriving unsorted still give correct (if more) rows,
    /// which `resolve` combines again.
    private static func combine(_ input: String, _ name: String, to sink: any ByteSink) throws {
        var current: KeyRow?
        try LineStream.forEachLine(of: input, limit: PartialFile.lineLimit) { line, number in
            let row = try LineStream.decode(KeyRow.self, line, location: "\(name):\(number)", what: "a key row")
            if let run = current, run.key == row.key {
                current = run.combined(with: row)
            } else {
                if let run = current { try sink.write(try Self.line(run)) }
                current = row
            }
        }
        if let run = current { try sink.write(try Self.line(run)) }
    }

    /// The orders of the documents `dedupe` dropped, read from its output.
    private static func droppedOrders(_ path: String) throws -> Set<DocumentOrder> {
        var dropped = Set<DocumentOrder>()
        try LineStream.forEachLine(of: path, limit: PartialFile.lineLimit) { line, number in
            let decision = try LineStream.decode(Decision.self, line, location: "\(path):\(number)", what: "a dedupe decision")
            if decision.drop == true { dropped.insert(decision.order) }
        }
        return dropped
    }

    private static func line<T: Encodable>(_ value: T) throws -> Data {
        var data = try PartialRecord.encoder.encode(value)
        data.append(0x0A)
        return data
    }
}
