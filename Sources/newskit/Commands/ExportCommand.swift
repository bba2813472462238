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

                Examples:
                  newskit export samples --format json --output out/corpus.json
                  newskit export samples --format csv --format geojson --output out/
                  newskit export samples --format all --output out/
                  newskit export feed.jsonl --format json --output - | jq .documents[0]
                """)

        @OptionGroup var input: InputOptions

        @Option(name: .shortAndLong, help: ArgumentHelp("A format to write, or `all` for every built-in format; repeat for several. See `newskit formats`.", valueName: "name"))
        var format: [String] = []

        @Option(name: .shortAndLong, help: ArgumentHelp("Where to write: a file, a folder (several formats), or - for standard output.", valueName: "path"))
        var output: String

        @Option(name: .customLong("option"), help: ArgumentHelp("A format setting as key=value; repeat for several. Applies to every format that declares the key.", valueName: "key=value"))
        var options: [String] = []

        @Flag(help: "Skip entity extraction (faster; for pure archiving). Tables and layers then have no entities.")
        var noEntities = false

        @Flag(help: "Extract entities again even when the input (a bundle, corpus JSON) already carries them; by default they are kept.")
        var reExtract = false

        @Option(help: ArgumentHelp("Resolve places against this GeoNames dump (cities500.txt, allCountries.txt; .gz accepted) instead of the embedded gazetteer.", valueName: "file"))
        var gazetteer: String?

        @Option(help: ArgumentHelp("Seconds a plugin may run before it is stopped.", valueName: "seconds"))
        var pluginTimeout: Double = 60

        func validate() throws {
            guard !format.isEmpty else {
                throw ValidationError("Give at least one --format. `newskit formats` lists them.")
            }
            if Set(format).count != format.count {
                throw ValidationError("Each --format may be given once.")
            }
            if output == "-" && (format.count > 1 || format.contains(Self.allFormats)) {
                throw ValidationError("--output - takes a single one-file format; with several formats, --output must be a folder.")
            }
            guard pluginTimeout > 0 else { throw ValidationError("--plugin-timeout must be more than 0 seconds.") }
            if output != "-", let path = input.inputs.first(where: { $0 != "-" && SamePath.check($0, output) }) {
                throw ValidationError("--output \(output) is also an input (\(path)); it would be overwritten. Choose another --output.")
            }
        }

        func run() throws {
            let diagnostics = StandardErrorDiagnostics(quiet: input.quiet)
            if input.quiet { ProgressLine.shared.disable() }
            ProgressLine.shared.start()
            defer { diagnostics.finish() }
            let registry = ExporterRegistry.withPlugins(describeTimeout: min(pluginTimeout, ExporterRegistry.describeTimeout))
            let exporters = try expandedFormats.map { try registry.exporter(named: $0) }
            let exportOptions = try ExportOptions(parsing: options)
            try checkOptions(exportOptions, exporters: exporters)
            if output == "-", let folderFormat = exporters.first(where: { $0.descriptor.layout == .directory }) {
                throw ValidationError("--output - needs a one-file format; \(folderFormat.descriptor.name) writes a folder.")
            }
            let context = ExportContext(
                options: exportOptions, diagnostics: diagnostics,
                sourceDate: try ExportContext.sourceDate(), pluginTimeout: pluginTimeout)

            let reader = CorpusReader(
                context: ReadContext(options: try input.readOptions(excluding: [output]), diagnostics: diagnostics),
                progress: { ProgressLine.shared.updateBytes("reading", done: $0, total: $1) })
            var corpus = try reader.read(paths: input.inputs)
            ProgressLine.shared.clear()
            corpus = try ExtractionStep.apply(to: corpus, skip: noEntities, reExtract: reExtract, gazetteer: gazetteer, diagnostics: diagnostics) { done, total in
                ProgressLine.shared.update("extracting", done: done, total: total)
            }
            ProgressLine.shared.clear()
            try write(corpus, with: exporters, context: context)
        }

        /// `--format all`: every built-in format, not plugins.
        static let allFormats = "all"

        /// The format names asked for, with `all` replaced by the built-ins, each once.
        private var expandedFormats: [String] {
            var names: [String] = []
            for name in format.flatMap({ $0 == Self.allFormats ? ExporterRegistry.builtIn.names : [$0] }) where !names.contains(name) {
                names.append(name)
            }
            return names
        }

        /// Every --option key must be declared by at least one requested format.
        private func checkOptions(_ options: ExportOptions, exporters: [any Exporter]) throws {
            for key in options.values.keys.sorted() where !exporters.contains(where: { $0.descriptor.options.contains { $0.name == key } }) {
                let known = exporters.flatMap { $0.descriptor.options.map(\.name) }
                throw ExportError.unknownOption(exporter: format.joined(separator: ", "), key: key, known: known)
            }
        }

        private func write(_ corpus: Corpus, with exporters: [any Exporter], context: ExportContext) throws {
            if output == "-" {
                try AtomicOutput.writeToStandardOutput { destination in
                    try exporters[0].export(corpus, to: destination, context: context.scoped(to: exporters[0]))
                }
                return
            }
            if exporters.count == 1 && !format.contains(Self.allFormats) {
                let exporter = exporters[0]
                try AtomicOutput.write(to: output, layout: exporter.descriptor.layout) { destination in
                    try exporter.export(corpus, to: destination, context: context.scoped(to: exporter))
                }
                return
            }
            for exporter in exporters {
                let path = URL(fileURLWithPath: output).appendingPathComponent(exporter.descriptor.defaultFileName).path
                try AtomicOutput.write(to: path, layout: exporter.descriptor.layout) { destination in
                    try exporter.export(corpus, to: destination, context: context.scoped(to: exporter))
                }
            }
        }
    }
}

extension ExportContext {
    /// The context for one exporter: only the options it declares.
    func scoped(to exporter: any Exporter) -> ExportContext {
        var copy = self
        let declared = Set(exporter.descriptor.options.map(\.name))
        copy.options = ExportOptions(options.values.filter { declared.contains($0.key) })
        return copy
    }
}
