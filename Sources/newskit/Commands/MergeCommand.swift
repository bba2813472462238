import ArgumentParser
import Core
import Foundation

extension NewskitCommand {
    /// `newskit merge`: the corpus-wide half of `export`, over partial results.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Join partial results from `newskit extract` into one corpus and write it in one or more formats.",
            discussion: """
                The corpus-wide half of `newskit export`: puts documents in corpus order, keeps an \
                article read twice once and renames other repeated ids (id-2), merges entity variants \
                into one entity with a canonical name and id, then writes the formats as `export` does \
                (same --format, --output and --option). Parts may come in any order and any split: \
                the output is the same bytes. Bodies are read back from the part files when a format \
                needs them, so the texts are not held in memory.

                --resolution applies an entity merge already computed by `newskit merge-step resolve` \
                (the Spark driver does this) instead of computing it here.

                Examples:
                  newskit merge parts/*.partial.jsonl --format csv --format geojson --output out/
                  newskit merge parts/*.partial.jsonl --resolution work/resolution.jsonl --format csv --output out/tables
                """)

        @Argument(help: ArgumentHelp("Partial-result files written by `newskit extract`.", valueName: "part"))
        var parts: [String] = []

        @OptionGroup var formats: FormatOptions

        @Option(help: ArgumentHelp("Use this entity merge (written by `newskit merge-step resolve`) instead of computing it.", valueName: "file"))
        var resolution: String?

        @Flag(name: .shortAndLong, help: "Print no warnings; errors still go to standard error.")
        var quiet = false

        func validate() throws {
            guard !parts.isEmpty else { throw ValidationError("Give at least one partial-result file (written by `newskit extract`).") }
            try formats.checkOutput(against: parts)
        }

        func run() throws {
            let diagnostics = StandardErrorDiagnostics(quiet: quiet)
            if quiet { ProgressLine.shared.disable() }
            defer { diagnostics.finish() }
            let prepared = try formats.prepare(diagnostics: diagnostics)
            let baseline = ProcessMemory.peakResidentBytes()
            let partials = try PartialFile.read(paths: parts)
            guard !partials.documents.isEmpty else { throw ReadError.noArticles(inputs: parts) }
            let resolved = try resolution.map { try ResolutionFile.read(path: $0) }
            let corpus = try partials.merged(resolution: resolved, diagnostics: diagnostics)
            try prepared.write(corpus, progress: ProgressLine.exporting)
            ProgressLine.shared.clear()
            diagnostics.report(Diagnostic(.note, "merged \(corpus.documents.count) documents, \(corpus.entities.count) entities, \(corpus.mentions.count) mentions; "
                + ProcessMemory.describeGrowth(since: baseline, over: corpus.documents.count, of: "document")))
        }
    }
}
