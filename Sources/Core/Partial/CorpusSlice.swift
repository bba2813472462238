import Foundation

/// One slice of the corpus, as `newskit merge-step rows` gets it from a job: the partial records
/// of a range of documents in corpus order, each dropped copy of an article next to the copy it
/// repeats (the job sorts dropped records under their `sameAs` order). Made into a corpus of just
/// those documents, under their final ids, with the copies' fields folded in, and their mentions
/// under the entity ids of the lookup; the row writers render it (`SliceWriter`).
///
/// Holds the slice's headers and packed mentions, never a body: its memory grows with the slice,
/// not the corpus.
public struct CorpusSlice: Sendable {
    /// The slice's place among the slices (0 first): concatenating slices in this order gives
    /// the corpus order.
    public var index: Int
    /// The slice's documents (headers only), mentions, and one entity per id it mentions (id and
    /// type only: the rest of an entity is not per-document).
    public var corpus: Corpus

    /// Reads a slice.
    /// - Parameters:
    ///   - input: partial records (a path or `-`), sorted by order, each dropped copy next to the
    ///     copy it repeats.
    ///   - decisions: the output of `merge-step dedupe`, read whole (it lists only documents
    ///     dropped or renamed).
    ///   - lookup: `KeyLookup` lines for (at least) the keys of this slice.
    /// - Throws: `PartialError` naming the file and line; `ReadError`.
    public static func read(input: String, decisions: String?, lookup: KeyLookup, index: Int,
                            diagnostics: any DiagnosticSink) throws -> CorpusSlice {
        let name = input == "-" ? "standard input" : input
        let decided = try decisions.map(MergeStep.decisionsByOrder) ?? [:]
        var builder = Builder(decided: decided)
        try MergeStep.records(input, name) { record, location in try builder.add(record, location: location, diagnostics: diagnostics) }
        try builder.flush(diagnostics: diagnostics)
        let resolution = EntityResolution(
            entities: lookup.typeOfID.keys.sorted().map { Entity(id: $0, type: lookup.typeOfID[$0] ?? .location, name: $0) },
            idOfKey: lookup.idOfKey)
        let store = DocumentStore(headers: builder.headers.finish(), loader: NoBodies(name: name))
        let mentions = resolution.resolving(builder.keyed.finish())
        return CorpusSlice(index: index, corpus: Corpus(documents: store, entities: resolution.entities, mentions: mentions))
    }

    /// Groups the records of one kept document with its dropped copies, in the order they come,
    /// and keeps of each kept document only its packed header and mentions (under local keys, as
    /// `EntityMerger.merge` keeps them), never its record.
    private struct Builder {
        let decided: [DocumentOrder: MergeStep.Decision]
        var headers = HeaderTable.Builder()
        var keyed = MentionStore.Builder()
        var count = 0
        var group: [(record: PartialRecord, location: String)] = []
        var groupKey: DocumentOrder?
        var previousKey: DocumentOrder?

        init(decided: [DocumentOrder: MergeStep.Decision]) { self.decided = decided }

        mutating func add(_ record: PartialRecord, location: String, diagnostics: any DiagnosticSink) throws {
            let decision = decided[record.order]
            let key: DocumentOrder
            if decision?.drop == true {
                guard let sameAs = decision?.sameAs else {
                    throw PartialError.badRecord(location: location, reason: "the decisions drop this document but do not say which it repeats (run `merge-step dedupe` with this newskit)")
                }
                key = sameAs
            } else {
                key = record.order
            }
            if key != groupKey {
                try flush(diagnostics: diagnostics)
                if let previousKey, key < previousKey {
                    throw PartialError.badRecord(location: location, reason: "records must come sorted by order (input, path, record), dropped copies under the order they repeat")
                }
                groupKey = key
                previousKey = key
            }
            group.append((record, location))
        }

        mutating func flush(diagnostics: any DiagnosticSink) throws {
            defer { group = []; groupKey = nil }
            guard let key = groupKey, !group.isEmpty else { return }
            guard let kept = group.first(where: { $0.record.order == key }) else {
                throw PartialError.badRecord(location: group[0].location, reason: "a dropped copy arrived without the document it repeats in the same slice")
            }
            let copies = group.filter { $0.record.order != key }.sorted { $0.record.order < $1.record.order }
            var document = kept.record.document
            document.id = decided[key]?.id ?? document.id
            if !copies.isEmpty {
                let union = ArticleCopies.union(document, copies.map(\.record.document))
                ArticleCopies.report(union.conflicts, id: document.id, diagnostics: diagnostics)
                document = union.document
            }
            var entities = kept.record.entities(index: count)
            entities.documentID = document.id
            headers.append(DocumentHeader(document))
            EntityResolution.appendKeyedMentions(of: entities, to: &keyed)
            count += 1
        }
    }

    /// The slice keeps headers only; the row writers never ask for a body.
    private struct NoBodies: DocumentLoader {
        let name: String
        func loadDocument(at index: Int) throws -> Document {
            throw PartialError.badRecord(location: name, reason: "a slice keeps no document bodies (document \(index) was asked for)")
        }
    }
}
