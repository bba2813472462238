import Core

/// Runs entity extraction for `export` and `inspect`, once, with one policy:
/// - `--no-entities` skips it;
/// - a corpus that already carries entities (read from a newskit bundle or corpus JSON) keeps
///   them, so a snapshot rebuilds exactly the tables it was made with, whatever tagger or
///   gazetteer this newskit has, unless `--re-extract` asks for a fresh extraction.
enum ExtractionStep {
    static func apply(
        to corpus: Corpus, skip: Bool, reExtract: Bool, gazetteer: String?, diagnostics: any DiagnosticSink,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> Corpus {
        guard !skip else { return corpus }
        var input = corpus
        if !corpus.entities.isEmpty {
            guard reExtract else {
                diagnostics.report(Diagnostic(.note, "the input already carries \(corpus.entities.count) entities (a newskit bundle or corpus JSON): kept as they are; --re-extract finds them afresh"))
                return corpus
            }
            input.entities = []
            input.mentions = []
        }
        return try EntityExtraction.run(input, diagnostics: diagnostics, settings: ExtractionSettings(gazetteerPath: gazetteer), progress: progress)
    }
}
