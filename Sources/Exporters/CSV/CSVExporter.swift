import Core
import Foundation

/// Writes a folder of three RFC 4180 tables, `documents.csv`, `entities.csv` and `mentions.csv`,
/// plus `datapackage.json`, a Frictionless Tabular Data Package describing their types and keys.
/// Leaves out the article bodies (the `json` format keeps them), metadata fields and origins
/// other than the SHA-256. Mentions whose document or entity is missing from the corpus, and
/// exact duplicate mentions, are left out and counted in a warning so the foreign and primary
/// keys hold. Rows are written as they are produced: documents.csv comes from the document
/// headers, so no body is loaded, and memory stays flat on large corpora.
///
/// Columns, types and options: `docs/tables-and-maps.md`.
public struct CSVExporter: Exporter {
    public init() {}

    public let descriptor = ExporterDescriptor(
        name: "csv",
        summary: "Documents, entities and mentions as CSV tables with a Frictionless datapackage.json",
        defaultFileName: "tables",
        mediaType: "text/csv",
        layout: .directory,
        options: [
            ExporterOption(
                name: "excel",
                help: "Spreadsheet mode: a UTF-8 byte order mark, and ' before text cells starting with = + - @ (formula-injection guard). Off by default to keep cells exact for pandas, DuckDB and SQL.",
                defaultValue: "false", allowedValues: ["true", "false"]),
        ])

    public func export(_ corpus: Corpus, to destination: ExportDestination, context: ExportContext) throws {
        try context.options.validate(against: descriptor)
        let excel = try context.options.bool("excel", exporter: descriptor.name, default: false)
        let folder = try destination.folder(for: descriptor.name)
        let documents = CSVTable.documents(dateType: DataPackage.dateType(of: corpus.documents.headers))
        let rows = TableRows(corpus)

        try write(documents, in: folder, excel: excel) { try rows.writeDocuments(to: $0) }
        try write(.entities, in: folder, excel: excel) { try rows.writeEntities(to: $0) }
        try write(.mentions, in: folder, excel: excel) { writer in
            let skipped = try rows.writeMentions(to: writer)
            if let warning = skipped.warning {
                context.diagnostics.warn(warning, at: descriptor.name)
            }
        }
        let package = DataPackage(
            tables: [documents, .entities, .mentions], corpusTitle: corpus.title,
            toolVersion: context.toolVersion, byteOrderMark: excel)
        try TableFile.write("datapackage.json", in: folder) { try $0.write(try package.jsonData()) }
    }

    private func write(_ table: CSVTable, in folder: URL, excel: Bool, _ rows: (CSVWriter) throws -> Void) throws {
        try TableFile.write(table.fileName, in: folder) { sink in
            if excel { try sink.write([0xEF, 0xBB, 0xBF]) }
            let writer = CSVWriter(sink: sink, spreadsheetSafe: excel)
            try writer.writeHeader(table)
            try rows(writer)
        }
    }
}
