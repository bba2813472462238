import Core
import Exporters
import Foundation
import TestSupport

/// What one export produced: the bytes of a one-file format, or every file of a folder format
/// by relative path (folders included, as empty entries), so two runs compare file by file.
enum ExportedOutput: Equatable {
    case file(Data)
    case folder([String: Data])

    /// Exports `corpus` with `exporter` into memory (files) or a fresh temporary folder (folders).
    static func run(_ exporter: any Exporter, on corpus: Corpus, context: ExportContext = ExportContext()) throws -> ExportedOutput {
        switch exporter.descriptor.layout {
        case .file:
            let sink = MemorySink()
            try exporter.export(corpus, to: .sink(sink), context: context)
            return .file(sink.data)
        case .directory:
            let folder = try Fixtures.temporaryFolder("newskit-conformance")
            defer { try? FileManager.default.removeItem(at: folder) }
            try exporter.export(corpus, to: .directory(folder), context: context)
            return .folder(try contents(of: folder))
        }
    }

    var isEmpty: Bool {
        switch self {
        case .file(let data): data.isEmpty
        case .folder(let files): files.isEmpty
        }
    }

    /// Where two outputs first differ, for failure messages.
    func difference(from other: ExportedOutput) -> String {
        switch (self, other) {
        case (.file(let left), .file(let right)):
            let index = zip(left, right).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(left.count, right.count)
            return "bytes differ from offset \(index) (sizes \(left.count) and \(right.count))"
        case (.folder(let left), .folder(let right)):
            let paths = Set(left.keys).union(right.keys).sorted().filter { left[$0] != right[$0] }
            return "files differ: \(paths.joined(separator: ", "))"
        default:
            return "one is a file, the other a folder"
        }
    }

    private static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let manager = FileManager.default
        for relative in try manager.subpathsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: url.path, isDirectory: &isDirectory)
            files[isDirectory.boolValue ? relative + "/" : relative] = isDirectory.boolValue ? Data() : try Data(contentsOf: url)
        }
        return files
    }
}
