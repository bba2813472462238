/// The per-document half of `newskit export`, on its own: extraction over documents read as
/// parts (not yet joined), giving partial records that `PartialSet.merged` joins.
/// `newskit export` keeps the results in memory; `newskit extract` writes them as it goes.
public enum PartialExtraction {
    /// Extracts every document of `parts` on all cores (or `jobs` threads), in batches, and spools the results to
    /// a temporary file (`FoundSpool`) so that memory does not grow with the corpus (bodies stay
    /// where the readers left them).
    /// - Parameter parts: what `CorpusReader.readParts` returns.
    /// - Throws: `ReadError` when a document's input changed since it was read; `ExportError`
    ///   when the spool cannot be written.
    public static func run(_ parts: [(input: Int, corpus: Corpus)], with extraction: DocumentExtraction,
                           jobs: Int? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> PartialSet {
        let store = DocumentStore.concatenating(parts.map(\.corpus.documents))
        let orders = parts.flatMap { DocumentOrder.orders(of: $0.corpus.documents, input: $0.input) }
        let spool = try FoundSpool()
        var fingerprints: [String] = []
        fingerprints.reserveCapacity(store.count)
        try EntityExtraction.inBatches(count: store.count, jobs: jobs, progress: progress) { index in
            let document = try store.document(at: index)
            return (extraction.extract(document, index: index), PartialRecord.fingerprint(of: document))
        } consume: { found, fingerprint in
            try spool.append(found)
            fingerprints.append(fingerprint)
        }
        return PartialSet(documents: store, orders: orders, fingerprints: fingerprints, found: spool.store())
    }

    /// Extracts `documents` (with their `orders`) in batches on all cores (or `jobs` threads) and
    /// calls `write` with each record in order; holds one batch of texts at a time.
    public static func stream(_ documents: DocumentStore, orders: [DocumentOrder], with extraction: DocumentExtraction,
                              jobs: Int? = nil, progress: ((Int, Int) -> Void)? = nil, write: (PartialRecord) throws -> Void) throws {
        try EntityExtraction.inBatches(count: documents.count, jobs: jobs, progress: progress) { index in
            let document = try documents.document(at: index)
            return PartialRecord(order: orders[index], document: document, found: extraction.extract(document, index: index))
        } consume: { record in
            try write(record)
        }
    }
}
