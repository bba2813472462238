/// Fills a corpus's entities and mentions. The extraction issue supplies the real pipeline
/// (tokens, tagger, gazetteer, merging); until then `EntityExtraction.run` leaves the corpus as
/// it is, and every exporter already handles a corpus without entities.
public enum EntityExtraction {
    /// Extracts entities from every document of `corpus` and merges them across the corpus.
    public static func run(_ corpus: Corpus, diagnostics: any DiagnosticSink, progress: ((Int, Int) -> Void)? = nil) throws -> Corpus {
        corpus
    }
}
