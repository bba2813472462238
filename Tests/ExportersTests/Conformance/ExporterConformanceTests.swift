import Core
import Exporters
import Foundation
import Testing
import TestSupport

/// The contract of `Exporter` (see its doc comment), checked for every built-in exporter in
/// `ExporterRegistry.builtIn` and for the sample plugin: a format added to the registry is
/// covered without touching this file.
@Suite struct ExporterConformanceTests {
    /// Every built-in format, plus the sample KML plugin run through `ExternalExporter`.
    static let subjects = ExporterRegistry.builtIn.names + [ConformanceSubject.samplePlugin]

    @Test(arguments: subjects)
    func descriptorIsValid(_ name: String) throws {
        let descriptor = try ConformanceSubject.exporter(name).descriptor
        #expect(!descriptor.name.isEmpty)
        #expect(descriptor.name == descriptor.name.lowercased())
        #expect(!descriptor.name.contains { $0.isWhitespace })
        #expect(descriptor.name != "all", "`all` is reserved for --format all")
        #expect(!descriptor.summary.trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(!descriptor.summary.contains("\n"))
        #expect(descriptor.mediaType.contains("/"))
        #expect(!descriptor.defaultFileName.isEmpty && !descriptor.defaultFileName.contains("/"))
        let options = descriptor.options.map(\.name)
        #expect(Set(options).count == options.count, "option names must be unique: \(options)")
        for option in descriptor.options {
            #expect(!option.name.isEmpty && !option.name.contains("=") && !option.name.contains { $0.isWhitespace })
            #expect(!option.help.isEmpty, "option \(option.name) needs help")
        }
    }

    @Test func builtInNamesAreUnique() {
        let names = ExporterRegistry.builtIn.names
        #expect(Set(names).count == names.count)
    }

    @Test(arguments: subjects, ConformanceInput.allCases)
    func exportsDeterministically(_ name: String, _ input: ConformanceInput) throws {
        let exporter = try ConformanceSubject.exporter(name)
        let corpus = try input.corpus()
        let first = try ExportedOutput.run(exporter, on: corpus)
        let second = try ExportedOutput.run(exporter, on: corpus)
        #expect(first == second, "two runs of \(name) on \(input) differ: \(first.difference(from: second))")
        if input != .empty { #expect(!first.isEmpty, "\(name) wrote nothing for \(input)") }
    }

    @Test(arguments: subjects)
    func unknownOptionIsRejected(_ name: String) throws {
        let exporter = try ConformanceSubject.exporter(name)
        let context = ExportContext(options: ExportOptions(["no-such-option": "1"]))
        #expect(throws: ExportError.self) {
            _ = try ExportedOutput.run(exporter, on: Corpus.empty, context: context)
        }
    }

    /// An exporter that fails midway (simulated by throwing after it has written everything)
    /// leaves nothing at the final path (not even the folder made for it), keeps what was
    /// there, and leaves no temporary files.
    @Test(arguments: subjects)
    func failedWriteLeavesTheFinalPathAlone(_ name: String) throws {
        let exporter = try ConformanceSubject.exporter(name)
        let corpus = try Fixtures.sampleCorpusWithEntities()
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let layout = exporter.descriptor.layout
        let fresh = folder.appendingPathComponent("fresh").appendingPathComponent(exporter.descriptor.defaultFileName)
        let existing = folder.appendingPathComponent("existing-\(exporter.descriptor.defaultFileName)")
        let oldBytes = Data("old bytes\n".utf8)
        if layout == .file {
            try oldBytes.write(to: existing)
        } else {
            try Fixtures.write("old bytes\n", to: "old.txt", in: existing)
        }
        for target in [fresh, existing] {
            #expect(throws: InjectedFailure.self) {
                try AtomicOutput.write(to: target.path, layout: layout) { destination in
                    try exporter.export(corpus, to: destination, context: ExportContext())
                    throw InjectedFailure()
                }
            }
        }
        // The folder made for the fresh output is removed again: a failed export leaves no trace.
        #expect(!FileManager.default.fileExists(atPath: fresh.deletingLastPathComponent().path))
        if layout == .file {
            #expect(try Data(contentsOf: existing) == oldBytes)
        } else {
            #expect(try FileManager.default.contentsOfDirectory(atPath: existing.path) == ["old.txt"])
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["existing-\(exporter.descriptor.defaultFileName)"])
    }

    struct InjectedFailure: Error {}
}

/// The corpora every exporter must handle.
enum ConformanceInput: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case empty
    case samplesWithoutEntities
    case samplesWithEntities

    var testDescription: String { rawValue }

    func corpus() throws -> Corpus {
        switch self {
        case .empty: Corpus.empty
        case .samplesWithoutEntities: try Fixtures.sampleCorpus()
        case .samplesWithEntities: try Fixtures.sampleCorpusWithEntities()
        }
    }
}

/// Resolves a subject name to an exporter.
enum ConformanceSubject {
    static let samplePlugin = "plugin:kml"

    static func exporter(_ name: String) throws -> any Exporter {
        guard name == samplePlugin else { return try ExporterRegistry.builtIn.exporter(named: name) }
        let executable = Fixtures.samples.appendingPathComponent("plugins/newskit-export-kml")
        return try ExternalExporter.describe(name: "kml", executable: executable, timeout: 30)
    }
}
