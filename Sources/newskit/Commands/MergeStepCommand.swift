import ArgumentParser
import Core
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
                The formats of the rows: contrib/spark/README.md.

                Example:
                  newskit merge-step keys part.jsonl --decisions decisions.jsonl | sort | newskit merge-step combine
                """)

        @Argument(help: ArgumentHelp("The step to run.", valueName: "step"))
        var step: MergeStep

        @Argument(help: ArgumentHelp("The lines to read: a file, or - for standard input.", valueName: "input"))
        var input: String = "-"

        @Option(help: ArgumentHelp("For `keys`: the output of `dedupe`; documents it drops are left out.", valueName: "file"))
        var decisions: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("Where to write: a file, or - for standard output.", valueName: "path"))
        var output: String = "-"

        @Flag(name: .shortAndLong, help: "Print no notes; errors still go to standard error.")
        var quiet = false

        func validate() throws {
            if decisions != nil && step != .keys { throw ValidationError("--decisions applies to the keys step only.") }
        }

        func run() throws {
            let diagnostics = StandardErrorDiagnostics(quiet: quiet)
            defer { diagnostics.finish() }
            try RecordOutput.write(to: output) { sink in
                if let note = try step.run(input: input, decisions: decisions, to: sink) {
                    diagnostics.report(Diagnostic(.note, note))
                }
            }
        }
    }
}
