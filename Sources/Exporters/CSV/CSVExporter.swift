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
public struct CSVExporter: SliceExporter {
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
        let excel = try spreadsheetMode(context.options)
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
        try writePackage([documents, .entities, .mentions], title: corpus.title, in: folder, context: context, excel: excel)
    }

    /// The tables from row slices (`newskit merge --slices`): the slices' documents and mentions
    /// rows in slice order under one header, entities.csv from the entities and their folded
    /// usage, the same datapackage.json. Byte for byte what `export(_:to:context:)` writes for
    /// the corpus the slices were cut from.
    public func export(_ slices: RowSlices, to destination: ExportDestination, context: ExportContext) throws {
        let excel = try spreadsheetMode(context.options)
        let folder = try destination.folder(for: descriptor.name)
        let documents = CSVTable.documents(dateType: slices.summary.dates.type)
        let rows = TableRows(slices.entityCorpus, usage: slices.usage)
        try write(documents, in: folder, excel: excel) { try slices.copyRows(documents.fileName, to: $0.sink) }
        try write(.entities, in: folder, excel: excel) { try rows.writeEntities(to: $0) }
        try write(.mentions, in: folder, excel: excel) { try slices.copyRows(CSVTable.mentions.fileName, to: $0.sink) }
        if let warning = slices.summary.skipped.warning {
            context.diagnostics.warn(warning, at: descriptor.name)
        }
        try writePackage([documents, .entities, .mentions], title: nil, in: folder, context: context, excel: excel)
    }

    /// The `excel` option, after checking `options` against the descriptor.
    func spreadsheetMode(_ options: ExportOptions) throws -> Bool {
        try options.validate(against: descriptor)
        return try options.bool("excel", exporter: descriptor.name, default: false)
    }

    private func writePackage(_ tables: [CSVTable], title: String?, in folder: URL, context: ExportContext, excel: Bool) throws {
        let package = DataPackage(tables: tables, corpusTitle: title, toolVersion: context.toolVersion, byteOrderMark: excel)
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
