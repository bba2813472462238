/// The per-document half of `newskit export`, on its own: extraction over documents read as
/// parts (not yet joined), giving partial records that `PartialSet.merged` joins.
/// `newskit export` keeps the results in memory; `newskit extract` writes them as it goes.
public enum PartialExtraction {
    /// Documents extracted per batch when streaming: enough to keep every core busy, few
    /// enough that a batch's texts stay small.
    public static let batchSize = 256

    /// Extracts every document of `parts` on all cores, keeping the results in memory (bodies
    /// stay where the readers left them).
    /// - Parameter parts: what `CorpusReader.readParts` returns.
    /// - Throws: `ReadError` when a document's input changed since it was read.
    public static func run(_ parts: [(input: Int, corpus: Corpus)], with extraction: DocumentExtraction,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> PartialSet {
        let store = DocumentStore.concatenating(parts.map(\.corpus.documents))
        let orders = parts.flatMap { DocumentOrder.orders(of: $0.corpus.documents, input: $0.input) }
        let results = try EntityExtraction.parallelMap(count: store.count, progress: progress) { index in
            let document = try store.document(at: index)
            return (extraction.extract(document, index: index), PartialRecord.fingerprint(of: document))
        }
        return PartialSet(documents: store, orders: orders, fingerprints: results.map(\.1), found: results.map(\.0))
    }

    /// Extracts `documents` (with their `orders`) in batches on all cores (or `jobs` threads) and
    /// calls `write` with each record in order; holds one batch of texts at a time.
    public static func stream(_ documents: DocumentStore, orders: [DocumentOrder], with extraction: DocumentExtraction,
                              jobs: Int? = nil, progress: ((Int, Int) -> Void)? = nil, write: (PartialRecord) throws -> Void) throws {
        for start in stride(from: 0, to: documents.count, by: batchSize) {
            let end = min(start + batchSize, documents.count)
            let records = try EntityExtraction.parallelMap(count: end - start, jobs: jobs, progress: nil) { offset in
                let document = try documents.document(at: start + offset)
                return PartialRecord(order: orders[start + offset], document: document,
                                     found: extraction.extract(document, index: start + offset))
            }
            for record in records { try write(record) }
            progress?(end, documents.count)
        }
    }
}
