import ArgumentParser
import Core
import Exporters
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
                (same --format, --output, --force and --option, and the same rules for where output \
                goes). Parts may come in any order and any split: \
                the output is the same bytes. Bodies are read back from the part files when a format \
                needs them, so the texts are not held in memory.

                --resolution applies an entity merge already computed by `newskit merge-step resolve` \
                (the Spark driver does this) instead of computing it here.

                --slices writes csv and geojson from row slices instead of part files: the rows \
                `newskit merge-step rows` wrote per slice are copied in slice order under one header, and \
                entities.csv and the GeoJSON layer come from the entities of --resolution and the usage \
                rows (--usage, from `merge-step rows` or `usage`). It holds the entities, never a row per \
                document. Other formats need the part files.

                Examples:
                  newskit merge parts/*.partial.jsonl --format csv --format geojson --output out/
                  newskit merge parts/*.partial.jsonl --resolution work/resolution.jsonl --format csv --output out/tables
                  newskit merge --slices work/rows --usage work/usage/part-00000 --resolution work/resolution.jsonl --format csv --output out/tables
                """)

        @Argument(help: ArgumentHelp("Partial-result files written by `newskit extract`.", valueName: "part"))
        var parts: [String] = []

        @OptionGroup var formats: FormatOptions

        @Option(help: ArgumentHelp("Use this entity merge (written by `newskit merge-step resolve`) instead of computing it.", valueName: "file"))
        var resolution: String?

        @Option(help: ArgumentHelp("Write from the row slices in this folder (slice-0, slice-1, … from `merge-step rows`) instead of part files; csv and geojson only.", valueName: "folder"))
        var slices: String?

        @Option(help: ArgumentHelp("With --slices: a file of usage rows (from `merge-step rows` or `usage`); repeat for several.", valueName: "file"))
        var usage: [String] = []

        @Flag(name: .shortAndLong, help: "Print no warnings; errors still go to standard error.")
        var quiet = false

        /// For the Spark driver: checks --output against the given paths (its own inputs) and the
        /// folder rules, then exits, so a refused output fails before any stage runs.
        @Flag(help: .hidden)
        var checkOutputOnly = false

        func validate() throws {
            if let slices {
                guard parts.isEmpty else { throw ValidationError("Give either partial-result files or --slices, not both.") }
                guard resolution != nil else { throw ValidationError("--slices needs --resolution (the entities).") }
                try formats.checkOutput(against: [slices] + usage)
                return
            }
            guard usage.isEmpty else { throw ValidationError("--usage applies with --slices only.") }
            guard !parts.isEmpty else { throw ValidationError("Give at least one partial-result file (written by `newskit extract`).") }
            try formats.checkOutput(against: parts)
        }

        func run() throws {
            let diagnostics = StandardErrorDiagnostics(quiet: quiet)
            if quiet { ProgressLine.shared.disable() }
            defer { diagnostics.finish() }
            let prepared = try formats.prepare(diagnostics: diagnostics)
            if checkOutputOnly { return }
            if let slices, let resolution {
                return try writeSlices(slices, resolution: resolution, prepared, diagnostics: diagnostics)
            }
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

        /// The row formats from slices: per-entity state only.
        private func writeSlices(_ folder: String, resolution: String, _ prepared: PreparedFormats, diagnostics: any DiagnosticSink) throws {
            _ = try prepared.sliceExporters()
            let baseline = ProcessMemory.peakResidentBytes()
            let rowSlices = try RowSlices.read(folder: folder, usage: usage, resolution: resolution)
            guard rowSlices.documentCount > 0 else { throw ReadError.noArticles(inputs: [folder]) }
            try prepared.write(rowSlices)
            diagnostics.report(Diagnostic(.note, "wrote \(rowSlices.documentCount) documents from \(rowSlices.sliceCount) slices, \(rowSlices.entityCount) entities; "
                + ProcessMemory.describeGrowth(since: baseline, over: max(rowSlices.entityCount, 1), of: "entity")))
        }
    }
}
