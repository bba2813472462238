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

    /// The documents in corpus order.
    public struct CorpusOrder: Sendable {
        /// The document positions in corpus order, each with its final id.
        public var kept: [(index: Int, id: String)]
        /// For a kept document (its place in `kept`), the positions of its other copies (the
        /// same article read again), in corpus order.
        public var copies: [Int: [Int]]
    }

    /// The document positions in corpus order, each with its final id; the same article read
    /// twice is kept once, other repeated ids are renamed (`DocumentIDAssigner`).
    public func corpusOrder(diagnostics: any DiagnosticSink) -> CorpusOrder {
        let sorted = orders.indices.sorted { (orders[$0], $0) < (orders[$1], $1) }
        var assigner = DocumentIDAssigner<Int>()
        var kept: [(index: Int, id: String)] = []
        var dropped: [(index: Int, sameAs: Int)] = []
        kept.reserveCapacity(sorted.count)
        for index in sorted {
            let id = documents.headers[index].id
            switch assigner.assign(id: id, token: index, isSame: { fingerprints[$0] == fingerprints[$1] }) {
            case .drop(let earlier):
                dropped.append((index, earlier))
            case .keep(let unique):
                if unique != id {
                    diagnostics.warn("duplicate document id \"\(id)\" renamed to \"\(unique)\"", at: location(index))
                }
                kept.append((index, unique))
            }
        }
        if !dropped.isEmpty {
            let count = dropped.count
            diagnostics.report(Diagnostic(.note, "\(count) article\(count == 1 ? " was" : "s were") already read from other inputs (same id, title and text); each is kept once, with the fields of every copy"))
        }
        return CorpusOrder(kept: kept, copies: Self.copies(dropped, kept: kept))
    }

    /// Groups dropped copies under the place of the document they repeat; made from the few
    /// dropped documents, so the common case holds no map of every document.
    private static func copies(_ dropped: [(index: Int, sameAs: Int)], kept: [(index: Int, id: String)]) -> [Int: [Int]] {
        guard !dropped.isEmpty else { return [:] }
        let targets = Set(dropped.map(\.sameAs))
        var place: [Int: Int] = [:]
        for (position, entry) in kept.enumerated() where targets.contains(entry.index) { place[entry.index] = position }
        var copies: [Int: [Int]] = [:]
        for copy in dropped {
            if let position = place[copy.sameAs] { copies[position, default: []].append(copy.index) }
        }
        return copies
    }

    /// The corpus: documents in corpus order under unique ids, copies of one article folded into
    /// one (`ArticleCopies`), entities merged across them (`EntityMerger.merge(count:resolution:document:)`,
    /// reading each document's results once).
    /// - Parameter resolution: the entity merge computed elsewhere (`newskit merge-step resolve`),
    ///   or nil to compute it here.
    /// - Throws: when a document's results can no longer be read (`PartialError`, `ReadError`).
    public func merged(resolution: EntityResolution? = nil, diagnostics: any DiagnosticSink) throws -> Corpus {
        let (store, kept) = try mergedDocuments(diagnostics: diagnostics)
        let (entities, mentions) = try mergedEntities(kept, resolution: resolution)
        return Corpus(documents: store, entities: entities, mentions: mentions)
    }

    /// `merged`, with the entity merge left running on a thread of its own: the documents are
    /// final (and the diagnostics about them reported) when this returns, so an exporter can
    /// start on them (`DocumentsFirstExporter`) while the entities are merged.
    /// - Throws: when a copy of an article can no longer be read; the merge's own errors come
    ///   from `PendingCorpus.corpus()`.
    public func mergedInBackground(diagnostics: any DiagnosticSink) throws -> PendingCorpus {
        let (store, kept) = try mergedDocuments(diagnostics: diagnostics)
        return PendingCorpus(documents: store) { [self] in try mergedEntities(kept, resolution: nil) }
    }

    /// The documents in corpus order under their final ids, copies folded, and which position
    /// each came from.
    private func mergedDocuments(diagnostics: any DiagnosticSink) throws -> (DocumentStore, kept: [(index: Int, id: String)]) {
        let order = corpusOrder(diagnostics: diagnostics)
        let kept = order.kept
        let selected = documents.selecting(kept.map(\.index)).renamed(kept.map(\.id))
        return (try ArticleCopies.folding(order.copies, into: selected, from: documents, diagnostics: diagnostics), kept)
    }

    /// The entities and mentions of the `kept` documents, each document's results read once.
    private func mergedEntities(_ kept: [(index: Int, id: String)], resolution: EntityResolution?) throws -> (entities: [Entity], mentions: MentionStore) {
        try EntityMerger.merge(count: kept.count, resolution: resolution) { position in
            var partial = try found.load(at: kept[position].index)
            partial.documentID = kept[position].id
            partial.documentIndex = position
            return partial
        }
    }

    private func location(_ index: Int) -> String {
        guard let origin = documents.headers[index].origin else { return "" }
        return origin.line.map { "\(origin.path):\($0)" } ?? origin.path
    }
}
