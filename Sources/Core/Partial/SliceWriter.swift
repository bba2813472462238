/// Writes the rows one slice of the corpus owns (`newskit merge-step rows`): implemented by the
/// exporters whose outputs are per-document rows plus per-entity counts (`TableSlice`), so the
/// rows are rendered by the same code `newskit export` runs.
///
/// Requirements: write the slice's rows where the implementation was told to (a folder per
/// slice), without headers, so that slices concatenated in order give the exporter's rows; write
/// one `UsageRow` line per entity the slice mentions to `usage`.
public protocol SliceWriter: Sendable {
    /// - Throws: `ExportError` when a row file cannot be written; what `usage` throws.
    func write(_ slice: CorpusSlice, usage: any ByteSink) throws
}
