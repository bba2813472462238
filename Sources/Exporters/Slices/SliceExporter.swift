import Core

/// An exporter that can write its output from row slices (`RowSlices`) as well as from a corpus,
/// byte for byte the same: its per-document rows were rendered by the slices that own them
/// (`TableSlice`), its per-entity rows come from the entities and the folded usage counts.
/// The CSV and GeoJSON exporters are; formats that need every document in one place (EPUB, the
/// bundle, corpus JSON, the SVG map) are not, and stay with `newskit merge` over part files.
public protocol SliceExporter: Exporter {
    /// Writes the output of the corpus the slices were cut from.
    /// - Throws: `ExportError`; `ReadError` when a slice file cannot be read.
    func export(_ slices: RowSlices, to destination: ExportDestination, context: ExportContext) throws
}
