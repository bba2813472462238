import ArgumentParser
import Core
import Exporters
import Foundation

extension NewskitCommand {
    /// `newskit export`: read inputs once, extract entities once, write every requested format.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles and write them in one or more formats.",
            discussion: """
                With one --format, --output is that format's file (or folder, for folder formats such as csv). \
                With several, --output is a folder and each format writes its default name inside it. \
                --output - writes a one-file format to standard output. --format all writes every \
                built-in format (not plugins) into the --output folder.

                A folder output replaces an existing folder only when it is empty or holds a previous \
                output of the same format (recognised by the .newskit-output.json newskit leaves in it); \
                any other folder is refused before reading, unless --force. An --output that is, holds or \
                lies inside an input, and ., /, the home folder and the folders above the current one, \
                are always refused. See README, "Where output goes".

                Examples:
                  newskit export samples --format json --output out/corpus.json
                  newskit export samples --format csv --format geojson --output out/
                  newskit export samples --format all --output out/
                  newskit export feed.jsonl --format json --output - | jq .documents[0]
                """)

        @OptionGroup var input: InputOptions

        @OptionGroup var formats: FormatOptions

        @Flag(help: "Skip entity extraction (faster; for pure archiving). Tables and layers then have no entities.")
        var noEntities = false

        @Flag(help: "Extract entities again even when the input (a bundle, corpus JSON) already carries them; by default they are kept.")
        var reExtract = false

        @Option(help: ArgumentHelp("Resolve places against this GeoNames dump (cities500.txt, allCountries.txt; .gz accepted) instead of the embedded gazetteer.", valueName: "file"))
        var gazetteer: String?

        @Option(help: ArgumentHelp("Extract, make EPUB pages and compress (tar.gz) on at most this many threads each (default: one per core). The output is the same for any number.", valueName: "n"))
        var jobs: Int?

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more.") }
            try formats.checkOutput(against: input.inputs)
        }

        func run() throws {
            let diagnostics = StandardErrorDiagnostics(quiet: input.quiet)
            if input.quiet { ProgressLine.shared.disable() }
            ProgressLine.shared.start()
            defer { diagnostics.finish() }
            let prepared = try formats.prepare(diagnostics: diagnostics, jobs: jobs)
            let reader = CorpusReader(
                context: ReadContext(options: try input.readOptions(excluding: [formats.output]), diagnostics: diagnostics),
                progress: { ProgressLine.shared.updateBytes("reading", done: $0, total: $1) })
            // The models load while the inputs are read (`PendingExtraction`).
            var models = noEntities ? nil : PendingExtraction(ExtractionSettings(gazetteerPath: gazetteer))
            let parts = try reader.readParts(paths: input.inputs)
            ProgressLine.shared.clear()
            let corpus = try ExtractionStep.pendingCorpus(
                from: parts, paths: input.inputs, skip: noEntities, reExtract: reExtract, gazetteer: gazetteer, jobs: jobs,
                diagnostics: diagnostics, models: models
            ) { done, total in
                ProgressLine.shared.update("extracting", done: done, total: total)
            }
            // The tagger and gazetteer (~70 MB) are not needed to write: free them before the exporters run.
            models = nil
            ProgressLine.shared.clear()
            try prepared.write(corpus, progress: ProgressLine.exporting)
            ProgressLine.shared.clear()
        }
    }
}
