import Foundation

/// Where an exporter writes: a byte sink for one-file formats, a folder for folder formats.
public enum ExportDestination {
    case sink(any ByteSink)
    /// An existing, empty folder (a temporary one beside the final path).
    case directory(URL)

    /// The sink, or `ExportError.layoutMismatch` when the exporter was handed a folder.
    public func byteSink(for exporter: String) throws -> any ByteSink {
        guard case .sink(let sink) = self else { throw ExportError.layoutMismatch(exporter: exporter, expected: .file) }
        return sink
    }

    /// The folder, or `ExportError.layoutMismatch` when the exporter was handed a sink.
    public func folder(for exporter: String) throws -> URL {
        guard case .directory(let url) = self else { throw ExportError.layoutMismatch(exporter: exporter, expected: .directory) }
        return url
    }
}
