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
    /// `found[i]` is what extraction found in document `i`.
    public var found: [DocumentEntities]

    public init(documents: DocumentStore, orders: [DocumentOrder], fingerprints: [String], found: [DocumentEntities]) {
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
            fingerprints: sets.flatMap(\.fingerprints), found: sets.flatMap(\.found))
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

    /// The corpus: documents in corpus order under unique ids, entities merged across them.
    /// - Parameter resolution: the entity merge computed elsewhere (`newskit merge-step resolve`),
    ///   or nil to compute it here.
    public func merged(resolution: EntityResolution? = nil, diagnostics: any DiagnosticSink) -> Corpus {
        let kept = corpusOrder(diagnostics: diagnostics)
        let store = documents.selecting(kept.map(\.index)).renamed(kept.map(\.id))
        var partials: [DocumentEntities] = []
        partials.reserveCapacity(kept.count)
        for (position, document) in kept.enumerated() {
            var partial = found[document.index]
            partial.documentID = document.id
            partial.documentIndex = position
            partials.append(partial)
        }
        let resolved = resolution ?? EntityMerger.resolve(KeyRow.rows(of: partials))
        return Corpus(documents: store, entities: resolved.entities, mentions: resolved.mentions(of: partials))
    }

    private func location(_ index: Int) -> String {
        guard let origin = documents.headers[index].origin else { return "" }
        return origin.line.map { "\(origin.path):\($0)" } ?? origin.path
    }
}
