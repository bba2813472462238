import Core
import Foundation

/// Adapts an external plugin, an executable `newskit-export-NAME` speaking protocol 1 of
/// Plugins.md, to the `Exporter` protocol, so the CLI and `newskit formats` treat it like a
/// built-in.
///
/// An export call streams the whole corpus as newskit corpus JSON (the `json` exporter's output)
/// to the plugin's standard input and passes `--output PATH` plus one `--option key=value` per
/// option, sorted by key. For one-file formats PATH is a fresh path in a private temporary folder
/// and newskit copies the file into its destination (the CLI's atomic temporary file, or stdout);
/// for folder formats PATH is the empty temporary folder the CLI handed in. The plugin's stdout is
/// read and dropped; the last lines of its stderr become notes on success and part of the error on
/// failure. It writes nothing else: no partial result survives a failed call.
public struct ExternalExporter: Exporter {
    /// What the plugin printed for `--describe`.
    public let manifest: PluginManifest
    /// The plugin's executable.
    public let executable: URL
    public let descriptor: ExporterDescriptor

    public init(manifest: PluginManifest, executable: URL) {
        self.manifest = manifest
        self.executable = executable
        self.descriptor = manifest.descriptor
    }

    /// Runs `EXECUTABLE --describe` and builds the exporter from its manifest.
    /// - Parameters:
    ///   - name: the `NAME` of `newskit-export-NAME`, which the manifest's name must equal.
    ///   - timeout: seconds the plugin may take to answer.
    /// - Throws: `PluginError` naming the plugin when it fails, times out or prints a bad manifest.
    public static func describe(name: String, executable: URL, timeout: TimeInterval) throws(PluginError) -> ExternalExporter {
        let call = "--describe"
        let outcome: PluginProcess.Outcome
        do {
            outcome = try PluginProcess(executable: executable, arguments: [call], timeout: timeout, stdoutLimit: 1 << 20).run()
        } catch {
            throw PluginError(plugin: name, path: executable.path, call: call, kind: error as? PluginError.Kind ?? .launchFailed(reason: "\(error)"))
        }
        if let kind = failure(outcome.termination, timeout: timeout) {
            throw PluginError(plugin: name, path: executable.path, call: call, kind: kind, stderrTail: outcome.stderrTail)
        }
        do {
            let manifest = try PluginManifest.parse(outcome.stdout, expectedName: name)
            return ExternalExporter(manifest: manifest, executable: executable)
        } catch {
            throw PluginError(plugin: name, path: executable.path, call: call, kind: error, stderrTail: outcome.stderrTail)
        }
    }

    public func export(_ corpus: Corpus, to destination: ExportDestination, context: ExportContext) throws {
        try context.options.validate(against: descriptor)
        switch descriptor.layout {
        case .file:
            let sink = try destination.byteSink(for: descriptor.name)
            let workspace = try Self.makeWorkspace(for: descriptor.name)
            defer { try? FileManager.default.removeItem(at: workspace) }
            let output = workspace.appendingPathComponent(descriptor.defaultFileName)
            try run(corpus, output: output, context: context)
            try copy(output, to: sink)
        case .directory:
            let folder = try destination.folder(for: descriptor.name)
            try run(corpus, output: folder, context: context)
        }
    }

    /// One export call: feeds the corpus, waits, and checks the result at `output`.
    private func run(_ corpus: Corpus, output: URL, context: ExportContext) throws {
        var arguments = ["--output", output.path]
        for key in context.options.values.keys.sorted() {
            arguments += ["--option", "\(key)=\(context.options.values[key] ?? "")"]
        }
        let process = PluginProcess(
            executable: executable, arguments: arguments, timeout: context.pluginTimeout,
            environment: ["SOURCE_DATE_EPOCH": String(Int64(context.sourceDate.timeIntervalSince1970)), "NEWSKIT_VERSION": context.toolVersion])
        let outcome: PluginProcess.Outcome
        do {
            outcome = try process.run { sink in
                let jsonContext = ExportContext(diagnostics: context.diagnostics, sourceDate: context.sourceDate, toolVersion: context.toolVersion)
                try JSONExporter().export(corpus, to: .sink(sink), context: jsonContext)
            }
        } catch let kind as PluginError.Kind {
            throw error(kind)
        }
        if let kind = Self.failure(outcome.termination, timeout: context.pluginTimeout) {
            throw error(kind, outcome.stderrTail)
        }
        if let problem = Self.outputProblem(at: output, layout: descriptor.layout) {
            throw error(.missingOutput(reason: problem), outcome.stderrTail)
        }
        for line in outcome.stderrTail where !line.isEmpty {
            context.diagnostics.report(Diagnostic(.note, location: "plugin \(descriptor.name)", line))
        }
    }

    private func error(_ kind: PluginError.Kind, _ tail: [String] = []) -> PluginError {
        PluginError(plugin: descriptor.name, path: executable.path, call: "export", kind: kind, stderrTail: tail)
    }

    /// The error for a call that did not exit with status 0, or nil.
    private static func failure(_ termination: PluginProcess.Termination, timeout: TimeInterval) -> PluginError.Kind? {
        switch termination {
        case .exited(0): nil
        case .exited(let status): .exitStatus(status)
        case .signaled(let signal): .signal(signal)
        case .timedOut: .timeout(seconds: timeout)
        }
    }

    /// What is wrong with what the plugin left at `output`, or nil when it is the right kind of thing.
    /// Folders must hold at least one entry and no symbolic links (which could point anywhere).
    static func outputProblem(at output: URL, layout: OutputLayout) -> String? {
        var info = stat()
        guard lstat(output.path, &info) == 0 else { return "wrote nothing at \(output.path)" }
        let type = info.st_mode & S_IFMT
        switch layout {
        case .file:
            return type == S_IFREG ? nil : "left something that is not a regular file at \(output.path)"
        case .directory:
            guard type == S_IFDIR else { return "left something that is not a folder at \(output.path)" }
            let manager = FileManager.default
            guard let entries = try? manager.contentsOfDirectory(atPath: output.path), !entries.isEmpty else {
                return "left the output folder \(output.path) empty"
            }
            let walker = manager.enumerator(atPath: output.path)
            while let relative = walker?.nextObject() as? String {
                var entry = stat()
                if lstat(output.appendingPathComponent(relative).path, &entry) == 0, entry.st_mode & S_IFMT == S_IFLNK {
                    return "left a symbolic link (\(relative)) in the output folder; write plain files and folders"
                }
            }
            return nil
        }
    }

    /// Streams the file at `url` into `sink`.
    private func copy(_ url: URL, to sink: any ByteSink) throws {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw error(.missingOutput(reason: "its output \(url.path) cannot be read"))
        }
        defer { try? handle.close() }
        while let chunk = try handle.read(upToCount: 1 << 18), !chunk.isEmpty {
            try sink.write(chunk)
        }
    }

    /// A fresh private folder for the plugin's one-file output.
    private static func makeWorkspace(for name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("newskit-plugin-\(name)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw ExportError.writeFailed(path: url.path, reason: error.localizedDescription)
        }
        return url
    }
}
