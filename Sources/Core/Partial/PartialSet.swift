/// Documents with their per-document extraction results, not yet joined into a corpus: what
/// `newskit extract` produces (in memory for `newskit export`, as files for `newskit merge`).
///
/// `merged` is the corpus-wide half: corpus order, duplicate ids, and the entity merge.
/// It depends only on the set of documents, not on how they were split or ordered.
public struct PartialSet: Sendable {
    /// The documents under the ids their inputs give (duplicates not yet renamed).
    public var documents: DocumentStore
    public var orders: [DocumentOrder]
    public var fingerprints: [String]
    /// `found.load(at: i)` is what extraction found in document `i` (kept on disk or in the
    /// part files, not in memory).
    public var found: FoundStore

    public init(documents: DocumentStore, orders: [DocumentOrder], fingerprints: [String], found: FoundStore) {
        self.documents = documents
        self.orders = orders
        self.fingerprints = fingerprints
        self.found = found
    }

    /// The sets one after the other.
    public static func concatenating(_ sets: [PartialSet]) -> PartialSet {
        if sets.count == 1 { return sets[0] }
        return PartialSet(
            documents: DocumentStore.concatenating(sets.map(\.documents)), orders: sets.flatMap(\.orders),
            fingerprints: sets.flatMap(\.fingerprints), found: FoundStore.concatenating(sets.map(\.found)))
    }

    /// The document positions in corpus order, each with its final id; the same article read
    /// twice is kept once, other repeated ids are renamed (`DocumentIDAssigner`).
    public func corpusOrder(diagnostics: any DiagnosticSink) -> [(index: Int, id: String)] {
        let sorted = orders.indices.sorted { (orders[$0], $0) < (orders[$1], $1) }
        var assigner = DocumentIDAssigner<String>()
        var kept: [(index: Int, id: String)] = []
        var dropped = 0
        kept.reserveCapacity(sorted.count)
        for index in sorted {
            let id = documents.headers[index].id
            switch assigner.assign(id: id, token: fingerprints[index], isSame: ==) {
            case .drop:
                dropped += 1
            case .keep(let unique):
                if unique != id {
                    diagnostics.warn("duplicate document id \"\(id)\" renamed to \"\(unique)\"", at: location(index))
                }
                kept.append((index, unique))
            }
        }
        if dropped > 0 {
            diagnostics.report(Diagnostic(.note, "\(dropped) article\(dropped == 1 ? " was" : "s were") already read from other inputs (same id, title, date and text); each is kept once"))
        }
        return kept
    }

    /// The corpus: documents in corpus order under unique ids, entities merged across them
    /// (`EntityMerger.merge(count:resolution:document:)`, reading each document's results once).
    /// - Parameter resolution: the entity merge computed elsewhere (`newskit merge-step resolve`),
    ///   or nil to compute it here.
    /// - Throws: when a document's results can no longer be read (`PartialError`, `ReadError`).
    public func merged(resolution: EntityResolution? = nil, diagnostics: any DiagnosticSink) throws -> Corpus {
        let kept = corpusOrder(diagnostics: diagnostics)
        let store = documents.selecting(kept.map(\.index)).renamed(kept.map(\.id))
        let (entities, mentions) = try EntityMerger.merge(count: kept.count, resolution: resolution) { position in
            var partial = try found.load(at: kept[position].index)
            partial.documentID = kept[position].id
            partial.documentIndex = position
            return partial
        }
        return Corpus(documents: store, entities: entities, mentions: mentions)
    }

    private func location(_ index: Int) -> String {
        guard let origin = documents.headers[index].origin else { return "" }
        return origin.line.map { "\(origin.path):\($0)" } ?? origin.path
    }
}
