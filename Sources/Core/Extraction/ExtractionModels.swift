/// Loads the default tokenizer, tagger and gazetteer that `newskit export` and `inspect` use.
enum ExtractionModels {
    /// The per-document extraction step with newskit's own models; nil while this build has no
    /// tagger (the learned tagger lives on branch `tagger` until it is merged).
    /// - Throws: `ExtractionError` when the gazetteer dump cannot be read.
    static func load(_ settings: ExtractionSettings) throws -> DocumentExtraction? {
        _ = try settings.gazetteerPath.map { try Gazetteer(geoNamesDump: $0) } ?? Gazetteer.embedded()
        return nil
    }
}
