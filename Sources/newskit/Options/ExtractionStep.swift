import Core

/// Builds the corpus for `export` and `inspect` from what was read, with one policy:
/// - `--no-entities` skips extraction: the parts are joined as read;
/// - inputs that already carry entities (a newskit bundle or corpus JSON) keep them, so a
///   snapshot rebuilds exactly the tables it was made with, unless `--re-extract` asks for a
///   fresh extraction;
/// - otherwise it is `newskit extract` then `newskit merge`, in memory: every document goes
///   through `PartialExtraction`, then `PartialSet.merged` joins them. One code path for one
///   machine and for shards.
///
/// `models`, when given, are the ones `PendingExtraction` started loading while the inputs were
/// read (for the same `gazetteer`).
enum ExtractionStep {
    static func corpus(
        from parts: [(input: Int, corpus: Corpus)], paths: [String], skip: Bool, reExtract: Bool, gazetteer: String?, jobs: Int? = nil,
        diagnostics: any DiagnosticSink, models: PendingExtraction? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> Corpus {
        try pendingCorpus(from: parts, paths: paths, skip: skip, reExtract: reExtract, gazetteer: gazetteer, jobs: jobs,
                          diagnostics: diagnostics, models: models, progress: progress).corpus()
    }

    /// `corpus(from:…)` with the corpus-wide entity merge still running on a thread of its own
    /// when this returns (`PartialSet.mergedInBackground`): the documents are final, so an
    /// exporter can start on them (`DocumentsFirstExporter`).
    static func pendingCorpus(
        from parts: [(input: Int, corpus: Corpus)], paths: [String], skip: Bool, reExtract: Bool, gazetteer: String?, jobs: Int? = nil,
        diagnostics: any DiagnosticSink, models: PendingExtraction? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> PendingCorpus {
        guard parts.contains(where: { !$0.corpus.documents.isEmpty }) else { throw ReadError.noArticles(inputs: paths) }
        let carried = parts.reduce(0) { $0 + $1.corpus.entities.count }
        if skip || (carried > 0 && !reExtract) {
            if !skip {
                diagnostics.report(Diagnostic(.note, "the input already carries \(carried) entities (a newskit bundle or corpus JSON): kept as they are; --re-extract finds them afresh"))
            }
            return PendingCorpus(try CorpusMerge.concatenate(parts.map(\.corpus), diagnostics: diagnostics))
        }
        let extraction = try models?.get() ?? ExtractionModels.load(ExtractionSettings(gazetteerPath: gazetteer))
        let partials = try PartialExtraction.run(parts, with: extraction, jobs: jobs, progress: progress)
        return try partials.mergedInBackground(diagnostics: diagnostics)
    }
}
