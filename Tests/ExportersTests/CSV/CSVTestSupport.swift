import Core
import Exporters
import Foundation
import TestSupport

/// Runs the CSV exporter into a fresh folder and reads the files back.
struct CSVExport {
    let folder: URL
    let diagnostics: [Diagnostic]

    init(_ corpus: Corpus, options: [String: String] = [:]) throws {
        folder = try Fixtures.temporaryFolder("newskit-csv").appendingPathComponent("tables")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let collector = DiagnosticCollector()
        try CSVExporter().export(corpus, to: .directory(folder), context: ExportContext(options: ExportOptions(options), diagnostics: collector))
        diagnostics = collector.diagnostics
    }

    func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    func text(_ name: String) throws -> String {
        String(decoding: try data(name), as: UTF8.self)
    }

    /// The file's records split by CRLF outside quotes (a minimal RFC 4180 reader).
    func records(_ name: String) throws -> [[String]] {
        RFC4180.parse(try text(name))
    }
}

/// A small RFC 4180 parser, independent of the writer under test.
enum RFC4180 {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, wasQuoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if quoted {
                if c == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" && field.isEmpty && !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if c == "," {
                record.append(field); field = ""; wasQuoted = false
            } else if c == "\r" && scalars.first == "\n" {
                scalars.removeFirst()
                record.append(field); records.append(record)
                record = []; field = ""; wasQuoted = false
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
