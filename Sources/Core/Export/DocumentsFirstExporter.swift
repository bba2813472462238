/// An exporter with work that needs only the documents. Given a `PendingCorpus`, it starts on
/// the documents while the entities are still being merged, and waits for them
/// (`PendingCorpus.corpus()`) only where it needs them; the EPUB digest makes its article pages
/// that way. Both `export` methods must write the same bytes for the same corpus.
public protocol DocumentsFirstExporter: Exporter {
    /// Writes the corpus `pending` will become to `destination`.
    func export(_ pending: PendingCorpus, to destination: ExportDestination, context: ExportContext) throws
}

extension Exporter {
    /// Writes `pending`: at once for a `DocumentsFirstExporter`, else once its entities are merged.
    public func exportPending(_ pending: PendingCorpus, to destination: ExportDestination, context: ExportContext) throws {
        if let early = self as? any DocumentsFirstExporter {
            try early.export(pending, to: destination, context: context)
        } else {
            try export(try pending.corpus(), to: destination, context: context)
        }
    }
}
