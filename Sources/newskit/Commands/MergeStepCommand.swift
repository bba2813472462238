import ArgumentParser
import Core
import Exporters
import Foundation

extension MergeStep: ExpressibleByArgument {}

extension NewskitCommand {
    /// `newskit merge-step`: one step of the corpus-wide merge, for distributed jobs.
    struct MergeStepCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge-step",
            abstract: "Run one step of the corpus-wide merge on JSON Lines, for a distributed job (contrib/spark).",
            discussion: """
                `newskit merge` in steps a cluster can run apart; each reads JSON Lines (a file or \
                standard input) and writes JSON Lines. A job only moves, groups and sorts the lines:
                  ids      partial records → one id row per document (per shard)
                  dedupe   id rows sorted by order → decisions: dropped or renamed documents (once)
                  keys     partial records → one key row per document and entity (per shard; --decisions)
                  combine  key rows sorted by key → one row per key (per group of keys)
                  resolve  all combined key rows → the entity merge (once; `newskit merge --resolution`)
                  rows     one slice of partial records in corpus order → its rows of documents.csv and
                           mentions.csv in --rows-folder/slice-N, and usage rows (per slice; --decisions,
                           --lookup, --slice)
                  usage    usage rows sorted by entity → one row per entity (per group of entities)
                Then `newskit merge --slices FOLDER --usage FILE… --resolution FILE` writes csv and
                geojson from the slices. The formats of the rows: contrib/spark/README.md.

                Examples:
                  newskit merge-step keys part.jsonl --decisions decisions.jsonl | sort | newskit merge-step combine
                  newskit merge-step rows slice3.jsonl --decisions decisions.jsonl --lookup keys3.jsonl --slice 3 --rows-folder work/rows
                """)

        @Argument(help: ArgumentHelp("The step to run.", valueName: "step"))
        var step: MergeStep

        @Argument(help: ArgumentHelp("The lines to read: a file, or - for standard input.", valueName: "input"))
        var input: String = "-"

        @Option(help: ArgumentHelp("For `keys` and `rows`: the output of `dedupe` (documents dropped or renamed).", valueName: "file"))
        var decisions: String?

        @Option(help: ArgumentHelp("For `rows`: the resolution's key lines for (at least) the keys of this slice.", valueName: "file"))
        var lookup: String?

        @Option(help: ArgumentHelp("For `rows`: this slice's place among the slices, 0 first (corpus order).", valueName: "n"))
        var slice: Int?

        @Option(help: ArgumentHelp("For `rows`: the folder the slices' row files go in (slice-N inside it).", valueName: "folder"))
        var rowsFolder: String?

        @Option(name: .customLong("option"), help: ArgumentHelp("For `rows`: a csv format setting as key=value (as for `merge`).", valueName: "key=value"))
        var options: [String] = []

        @Option(name: .shortAndLong, help: ArgumentHelp("Where to write: a file, or - for standard output.", valueName: "path"))
        var output: String = "-"

        @Flag(name: .shortAndLong, help: "Print no notes; errors still go to standard error.")
        var quiet = false

        func validate() throws {
            if decisions != nil && step != .keys && step != .rows { throw ValidationError("--decisions applies to the keys and rows steps only.") }
            let rowFlags = lookup != nil || slice != nil || rowsFolder != nil || !options.isEmpty
            if step == .rows {
                guard lookup != nil, rowsFolder != nil, let slice else { throw ValidationError("The rows step needs --lookup, --slice and --rows-folder.") }
                guard slice >= 0 else { throw ValidationError("--slice must be 0 or more.") }
            } else if rowFlags {
                throw ValidationError("--lookup, --slice, --rows-folder and --option apply to the rows step only.")
            }
        }

        func run() throws {
            let diagnostics = StandardErrorDiagnostics(quiet: quiet)
            defer { diagnostics.finish() }
            let rows = try rowSettings(diagnostics: diagnostics)
            try RecordOutput.write(to: output) { sink in
                if let note = try step.run(input: input, decisions: decisions, rows: rows, to: sink) {
                    diagnostics.report(Diagnostic(.note, note))
                }
            }
        }

        /// For `rows`: the slice's settings, with the CSV exporter as the row writer.
        private func rowSettings(diagnostics: any DiagnosticSink) throws -> MergeStep.RowSettings? {
            guard step == .rows, let lookup, let slice, let rowsFolder else { return nil }
            let writer = try TableSlice(folder: rowsFolder, options: try ExportOptions(parsing: options))
            return MergeStep.RowSettings(lookup: lookup, slice: slice, writer: writer, diagnostics: diagnostics)
        }
    }
}
