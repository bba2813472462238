/// Loads the default tokenizer, tagger and gazetteer that `newskit export` and `inspect` use.
enum ExtractionModels {
    /// The per-document extraction step with newskit's own models: `Tokenizer`, the bundled
    /// `NERTagger` model and the embedded gazetteer (or the GeoNames dump in `settings`).
    /// - Throws: `ExtractionError` when the gazetteer dump cannot be read, `TaggerError` when
    ///   the model cannot.
    static func load(_ settings: ExtractionSettings) throws -> DocumentExtraction {
        let gazetteer = try settings.gazetteerPath.map { try Gazetteer(geoNamesDump: $0) } ?? Gazetteer.embedded()
        return DocumentExtraction(tokenizer: Tokenizer(), tagger: try NERTagger.bundled(), gazetteer: gazetteer)
    }
}
