import Core
import Foundation

/// One payload file of a bundle: where its bytes are and where they go in the bag.
struct PayloadFile {
    /// Path in the bag, under `data/`: `data/corpus.json`, `data/originals/samples/a.txt`.
    var path: String
    var url: URL
    var size: Int64
    /// Set for input files, whose bytes are checked against the corpus while they are archived:
    /// the check, and the input's path for messages.
    var original: (check: OriginalCheck, displayPath: String)?

    /// The path split at `/`: bags sort by components so a folder's entry precedes its contents.
    var components: [Substring] { path.split(separator: "/") }
}

/// Makes the derived payload in a temporary folder: `data/corpus.json` (JSONExporter) and the
/// output of each exporter in `BundlePayload.companions` that is registered, under its default name.
struct BundlePayload {
    /// Formats bundled beside corpus.json when the registry has them (looked up at run time).
    static let companions = ["csv", "geojson"]
    static let corpusPath = "data/corpus.json"

    let folder: URL
    private let pending: InterruptCleanup.Token

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("newskit-bundle-\(UUID().uuidString)")
        pending = InterruptCleanup.shared.register(path: folder.path)
        do {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        } catch {
            throw ExportError.writeFailed(path: folder.path, reason: "cannot create a temporary folder for the bundle's tables")
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
        InterruptCleanup.shared.unregister(pending)
    }

    /// Writes the derived files and lists them, sizes included.
    func writeDerived(_ corpus: Corpus, context: ExportContext, registry: ExporterRegistry) throws -> [PayloadFile] {
        var inner = context
        inner.options = ExportOptions()
        try export(corpus, with: JSONExporter(), to: "corpus.json", layout: .file, context: inner)
        for name in BundlePayload.companions {
            guard let exporter = try? registry.exporter(named: name) else { continue }
            try export(corpus, with: exporter, to: exporter.descriptor.defaultFileName, layout: exporter.descriptor.layout, context: inner)
        }
        return try files()
    }

    private func export(_ corpus: Corpus, with exporter: any Exporter, to name: String, layout: OutputLayout, context: ExportContext) throws {
        let target = folder.appendingPathComponent("data").appendingPathComponent(name)
        switch layout {
        case .directory:
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try exporter.export(corpus, to: .directory(target), context: context)
        case .file:
            let descriptor = open(target.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw ExportError.writeFailed(path: target.path, reason: String(cString: strerror(errno))) }
            defer { close(descriptor) }
            let sink = FileDescriptorSink(descriptor: descriptor, name: target.path)
            try exporter.export(corpus, to: .sink(sink), context: context)
            try sink.flush()
        }
    }

    /// Every regular file under the temporary `data/`, with bag paths.
    private func files() throws -> [PayloadFile] {
        let base = folder.standardizedFileURL.path + "/"
        guard let walk = FileManager.default.enumerator(at: folder.appendingPathComponent("data"), includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var found: [PayloadFile] = []
        for case let url as URL in walk {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(base), let size = OriginalFiles.regularFileSize(url) else { continue }
            found.append(PayloadFile(path: String(path.dropFirst(base.count)), url: url, size: size))
        }
        return found
    }
}
