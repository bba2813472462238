import ArgumentParser
import Core
import Foundation

extension NewskitCommand {
    /// `newskit inspect`: what newskit reads from the inputs, without writing anything.
    struct Inspect: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Summarise inputs: documents, words, dates, sources, top entities per type, warnings.")

        @OptionGroup var input: InputOptions

        @Flag(help: "Print the summary as JSON.")
        var json = false

        @Flag(help: "Skip entity extraction.")
        var noEntities = false

        @Flag(help: "Extract entities again even when the input (a bundle, corpus JSON) already carries them; by default they are kept.")
        var reExtract = false

        @Option(help: ArgumentHelp("Resolve places against this GeoNames dump (cities500.txt, allCountries.txt; .gz accepted) instead of the embedded gazetteer.", valueName: "file"))
        var gazetteer: String?

        @Option(help: ArgumentHelp("How many top entities to list per type.", valueName: "n"))
        var top = 5

        func run() throws {
            let collector = DiagnosticCollector(forwardingTo: StandardErrorDiagnostics(quiet: input.quiet || json))
            if input.quiet { ProgressLine.shared.disable() }
            ProgressLine.shared.start()
            let reader = CorpusReader(
                context: ReadContext(options: try input.readOptions(), diagnostics: collector),
                progress: { ProgressLine.shared.updateBytes("reading", done: $0, total: $1) })
            // The models load while the inputs are read (`PendingExtraction`).
            let models = noEntities ? nil : PendingExtraction(ExtractionSettings(gazetteerPath: gazetteer))
            let parts = try reader.readParts(paths: input.inputs)
            ProgressLine.shared.clear()
            let corpus = try ExtractionStep.corpus(
                from: parts, paths: input.inputs, skip: noEntities, reExtract: reExtract, gazetteer: gazetteer, diagnostics: collector,
                models: models)
            let summary = CorpusSummary(corpus, top: top, warnings: collector.diagnostics.map(\.description))
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(summary), as: UTF8.self))
            } else {
                print(summary.text)
            }
        }
    }
}
