import Foundation

/// How the copies of one article read twice become one document, so that nothing either copy
/// carried is lost (e.g. `a.txt`, which has no outlet, and its line in a JSONL file, which has).
///
/// Copies are documents with the same id, title and text (`CorpusMerge`, `PartialSet`). The kept
/// document is the first copy in corpus order, under its id and origin, and takes:
/// - `date`, `source`, `url`: the first non-empty value in corpus order;
/// - `metadata`: every key of every copy; a key several copies have takes the first copy's value.
/// A later copy with another non-empty value (a date, a source, a metadata value) is a conflict:
/// the first value stays, and the merge reports a warning naming the id, the field, both
/// values and where the other came from.
///
/// The rule is a pure function of the copies in corpus order, so `newskit export`, `newskit
/// merge` and the Spark driver give the same document whatever the shards.
public enum ArticleCopies {
    /// A field on which a later copy disagrees with the kept value.
    public struct Conflict: Equatable, Sendable {
        public var field: String
        public var kept: String
        public var other: String
        /// Where the other value was read (`path:line`), if known.
        public var location: String
    }

    /// The kept document: `first` with the fields of `others` folded in; and the conflicts.
    /// (First and others apart, so that "no copies" cannot be asked.)
    public static func union(_ first: Document, _ others: [Document]) -> (document: Document, conflicts: [Conflict]) {
        var kept = first
        var conflicts: [Conflict] = []
        for copy in others {
            let place = location(copy.origin)
            fold(&kept.date, copy.date, "date", place, &conflicts)
            fold(&kept.source, copy.source, "source", place, &conflicts)
            fold(&kept.url, copy.url, "url", place, &conflicts)
            for key in copy.metadata.keys.sorted() {
                guard let value = copy.metadata[key] else { continue }
                if let existing = kept.metadata[key] {
                    if existing != value {
                        conflicts.append(Conflict(field: "metadata \"\(key)\"", kept: describe(existing), other: describe(value), location: place))
                    }
                } else {
                    kept.metadata[key] = value
                }
            }
        }
        return (kept, conflicts)
    }

    /// The kept header: what `union` gives for the fields a header holds (no metadata).
    public static func union(_ first: DocumentHeader, _ others: [DocumentHeader]) -> DocumentHeader {
        var kept = first
        var ignored: [Conflict] = []
        for copy in others {
            fold(&kept.date, copy.date, "date", "", &ignored)
            fold(&kept.source, copy.source, "source", "", &ignored)
            fold(&kept.url, copy.url, "url", "", &ignored)
        }
        return kept
    }

    /// `store` with the copies folded into the documents they repeat: `copies[position]` are the
    /// other copies of document `position` (indices into `from`), in corpus order. Reports each
    /// conflict as a warning; loads the copies' bodies to compare their metadata.
    /// - Throws: `ReadError` when an input changed since it was read.
    public static func folding(_ copies: [Int: [Int]], into store: DocumentStore, from source: DocumentStore,
                               diagnostics: any DiagnosticSink) throws -> DocumentStore {
        guard !copies.isEmpty else { return store }
        for position in copies.keys.sorted() {
            let others = try (copies[position] ?? []).map { try source.document(at: $0) }
            report(union(try store.document(at: position), others).conflicts, id: store.headers[position].id, diagnostics: diagnostics)
        }
        let headers = store.headers.indices.map { position in
            guard let others = copies[position] else { return store.headers[position] }
            return union(store.headers[position], others.map { source.headers[$0] })
        }
        return DocumentStore(headers: headers, loader: Loader(store: store, source: source, copies: copies))
    }

    /// Reports each conflict of the copies of document `id` as a warning (also for `CorpusSlice`).
    public static func report(_ conflicts: [Conflict], id: String, diagnostics: any DiagnosticSink) {
        for conflict in conflicts {
            diagnostics.warn("the copies of document \"\(id)\" disagree on its \(conflict.field): kept \(conflict.kept), not \(conflict.other)", at: conflict.location)
        }
    }

    private static func fold(_ kept: inout String?, _ other: String?, _ field: String, _ place: String, _ conflicts: inout [Conflict]) {
        guard let other, !other.isEmpty else { return }
        guard let current = kept, !current.isEmpty else {
            kept = other
            return
        }
        if current != other {
            conflicts.append(Conflict(field: field, kept: "\"\(current)\"", other: "\"\(other)\"", location: place))
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "a value"
    }

    private static func location(_ origin: Origin?) -> String {
        guard let origin else { return "" }
        return origin.line.map { "\(origin.path):\($0)" } ?? origin.path
    }

    /// Loads a kept document with its copies folded in, again on every load (duplicates are rare,
    /// and keeping the unions would hold their bodies in memory).
    private struct Loader: DocumentLoader {
        let store: DocumentStore
        let source: DocumentStore
        let copies: [Int: [Int]]

        func loadDocument(at index: Int) throws -> Document {
            let document = try store.document(at: index)
            guard let others = copies[index] else { return document }
            return union(document, try others.map { try source.document(at: $0) }).document
        }
    }
}
