import ArgumentParser
import Core
import Exporters
import Foundation

/// The formats to write and where, shared by `export` and `merge`, and the one place that turns
/// a corpus into output files (atomically, through `AtomicOutput`), after checking that they
/// lose nothing (`OutputPlacement`: README, "Where output goes").
struct FormatOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("A format to write, or `all` for every built-in format; repeat for several. See `newskit formats`.", valueName: "name"))
    var format: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write: a file, a folder (several formats), or - for standard output.", valueName: "path"))
    var output: String

    @Option(name: .customLong("option"), help: ArgumentHelp("A format setting as key=value; repeat for several. Applies to every format that declares the key.", valueName: "key=value"))
    var options: [String] = []

    @Flag(help: "Replace a folder output even when it holds files newskit did not write. Never lifts the refusal of an input, the current folder, /, or the home folder.")
    var force = false

    @Option(help: ArgumentHelp("Seconds a plugin may run before it is stopped.", valueName: "seconds"))
    var pluginTimeout: Double = 60

    /// `--format all`: every built-in format, not plugins.
    static let allFormats = "all"

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
    }

    /// Refuses an --output that is, holds or lies inside one of `inputs`, or is a folder
    /// newskit never replaces (`OutputPlacement.refusal`).
    func checkOutput(against inputs: [String]) throws {
        if let refusal = OutputPlacement.refusal(output: output, inputs: inputs) {
            throw ValidationError(refusal)
        }
    }

    /// The exporters and context these flags ask for; checked before any input is read.
    /// - Parameter jobs: threads exporters may use (`export --jobs`); nil: one per core.
    /// - Throws: `ExportError` (unknown format or option), `ValidationError`.
    func prepare(diagnostics: any DiagnosticSink, jobs: Int? = nil) throws -> PreparedFormats {
        let registry = ExporterRegistry.withPlugins(describeTimeout: min(pluginTimeout, ExporterRegistry.describeTimeout))
        let exporters = try expandedFormats.map { try registry.exporter(named: $0) }
        let exportOptions = try ExportOptions(parsing: options)
        for key in exportOptions.values.keys.sorted() where !exporters.contains(where: { $0.descriptor.options.contains { $0.name == key } }) {
            let known = exporters.flatMap { $0.descriptor.options.map(\.name) }
            throw ExportError.unknownOption(exporter: format.joined(separator: ", "), key: key, known: known)
        }
        if output == "-", let folderFormat = exporters.first(where: { $0.descriptor.layout == .directory }) {
            throw ValidationError("--output - needs a one-file format; \(folderFormat.descriptor.name) writes a folder.")
        }
        let context = ExportContext(
            options: exportOptions, diagnostics: diagnostics,
            sourceDate: try ExportContext.sourceDate(), pluginTimeout: pluginTimeout, jobs: jobs)
        let prepared = PreparedFormats(exporters: exporters, context: context, output: output,
                                       intoFolder: exporters.count > 1 || format.contains(Self.allFormats))
        for exporter in exporters where exporter.descriptor.layout == .directory && output != "-" {
            try OutputPlacement.checkReplace(folder: prepared.path(of: exporter), output: exporter.descriptor.name, force: force)
        }
        return prepared
    }

    /// The format names asked for, with `all` replaced by the built-ins, each once.
    private var expandedFormats: [String] {
        var names: [String] = []
        for name in format.flatMap({ $0 == Self.allFormats ? ExporterRegistry.builtIn.names : [$0] }) where !names.contains(name) {
            names.append(name)
        }
        return names
    }
}

/// Exporters ready to write one corpus.
struct PreparedFormats {
    let exporters: [any Exporter]
    let context: ExportContext
    let output: String
    /// Several formats (or `all`): `output` is a folder holding each format's default name.
    let intoFolder: Bool

    /// Writes `corpus` in every format; each output appears whole or not at all.
    /// - Parameter progress: where each exporter's progress goes (`ProgressLine` in the CLI).
    func write(_ corpus: Corpus, progress: @escaping ExportProgressReport = { _, _, _, _ in }) throws {
        try write(PendingCorpus(corpus), progress: progress)
    }

    /// Writes `pending` in every format, the formats at the same time, each on a thread of its
    /// own: each starts at once and waits for the entities only when it needs them
    /// (`Exporter.exportPending`). An exporter's output depends only on what it is given, so the
    /// files are the same bytes as when they were written one after another. When some fail,
    /// those that succeeded are in place and the first failure in format order is thrown.
    func write(_ pending: PendingCorpus, progress: @escaping ExportProgressReport = { _, _, _, _ in }) throws {
        guard exporters.count > 1, output != "-" else {
            try writeEach(exporters, progress: progress) { try $0.exportPending(pending, to: $1, context: $2) }
            return
        }
        let running = exporters.map { exporter in
            let path = path(of: exporter), context = context.scoped(to: exporter, progress: progress)
            return BackgroundValue {
                try AtomicOutput.write(to: path, layout: exporter.descriptor.layout, format: exporter.descriptor.name) { destination in
                    try exporter.exportPending(pending, to: destination, context: context)
                }
            }
        }
        let outcomes = running.map { format in Result { try format.value() } }
        for outcome in outcomes { try outcome.get() }
    }

    /// Runs `export` for each of `list` on its own atomic destination (or standard output), one
    /// after another.
    private func writeEach(_ list: [any Exporter], progress: @escaping ExportProgressReport,
                           _ export: (any Exporter, ExportDestination, ExportContext) throws -> Void) throws {
        if output == "-", let first = list.first {
            try AtomicOutput.writeToStandardOutput { try export(first, $0, context.scoped(to: first, progress: progress)) }
            return
        }
        for exporter in list {
            try AtomicOutput.write(to: path(of: exporter), layout: exporter.descriptor.layout, format: exporter.descriptor.name) { destination in
                try export(exporter, destination, context.scoped(to: exporter, progress: progress))
            }
        }
    }
}

extension PreparedFormats {
    /// Writes the corpus cut into `slices` in every format, as `write(_:)` writes the corpus.
    /// - Throws: `ValidationError` when a format cannot be written from slices (before anything
    ///   is written); what the exporters throw.
    func write(_ slices: RowSlices, progress: @escaping ExportProgressReport = { _, _, _, _ in }) throws {
        let sliced = try sliceExporters()
        try writeEach(sliced, progress: progress) { exporter, destination, context in
            try (exporter as? any SliceExporter)?.export(slices, to: destination, context: context)
        }
    }

    /// The exporters as `SliceExporter`s.
    /// - Throws: `ValidationError` when one cannot write from slices.
    func sliceExporters() throws -> [any SliceExporter] {
        if let other = exporters.first(where: { !($0 is any SliceExporter) }) {
            throw ValidationError("--slices writes csv and geojson only; \(other.descriptor.name) needs every document: run `newskit merge` on the part files.")
        }
        return exporters.compactMap { $0 as? any SliceExporter }
    }

    /// Where `exporter` writes: `output`, or its default name inside the `output` folder.
    func path(of exporter: any Exporter) -> String {
        intoFolder ? URL(fileURLWithPath: output).appendingPathComponent(exporter.descriptor.defaultFileName).path : output
    }
}

/// Where an exporter's progress goes: the format's name, its step, done and total.
typealias ExportProgressReport = @Sendable (_ format: String, _ step: String, _ done: Int, _ total: Int) -> Void

extension ExportContext {
    /// The context for one exporter: only the options it declares, and its progress reports
    /// passed on with its name.
    func scoped(to exporter: any Exporter, progress: @escaping ExportProgressReport = { _, _, _, _ in }) -> ExportContext {
        var copy = self
        let declared = Set(exporter.descriptor.options.map(\.name))
        copy.options = ExportOptions(options.values.filter { declared.contains($0.key) })
        let name = exporter.descriptor.name
        copy.progress = ExportProgress { step, done, total in progress(name, step, done, total) }
        return copy
    }
}
