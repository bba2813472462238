/// Turns a corpus into one output format.
///
/// Requirements every exporter meets (the conformance test checks them):
/// - It writes only to `destination`: a byte sink for `.file` layouts, a fresh empty folder for
///   `.directory` layouts. The CLI owns the final path and the atomic rename.
/// - It works on an empty corpus and on a corpus without entities.
/// - Its output is a pure function of the corpus, the options and `context.sourceDate`:
///   byte-identical from run to run.
/// - It streams: documents are loaded one at a time (`corpus.documents.forEach`) unless the
///   format needs them all at once.
/// - Problems the user can fix throw `ExportError`; warnings go to `context.diagnostics`.
public protocol Exporter: Sendable {
    var descriptor: ExporterDescriptor { get }
    /// Writes `corpus` to `destination`.
    /// - Throws: `ExportError` (or another typed error whose description is meant for people).
    func export(_ corpus: Corpus, to destination: ExportDestination, context: ExportContext) throws
}
