import Core
import Foundation

/// Writes the rows one slice of the corpus owns (`newskit merge-step rows`): `documents.csv` and
/// `mentions.csv` without their header, rendered by the same `TableRows` as `newskit export`, so
/// the slices concatenated in order (header once, `CSVExporter`'s `RowSlices` path) are the
/// export's tables byte for byte. Also `slice.json` (`SliceSummary`), and one `UsageRow` per
/// mentioned entity for the per-entity rows (entities.csv, the GeoJSON layer).
///
/// Each slice goes into `folder/slice-N`, written beside it first and renamed, so a retried task
/// replaces a failed attempt's files whole.
public struct TableSlice: SliceWriter {
    static let folderPrefix = "slice-"
    static func folderName(_ index: Int) -> String {
        let digits = String(index)
        return folderPrefix + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    let folder: URL
    let excel: Bool

    /// - Parameters:
    ///   - folder: where the slice folders go (shared by every slice of a job).
    ///   - options: the `--option`s of the run; the csv ones apply (`excel`), the others are
    ///     left to the final write, which checks them.
    /// - Throws: `ExportError` for a csv option the CSV exporter refuses.
    public init(folder: String, options: ExportOptions) throws {
        self.folder = URL(fileURLWithPath: folder)
        let exporter = CSVExporter()
        let declared = Set(exporter.descriptor.options.map(\.name))
        excel = try exporter.spreadsheetMode(ExportOptions(options.values.filter { declared.contains($0.key) }))
    }

    public func write(_ slice: CorpusSlice, usage: any ByteSink) throws {
        let target = folder.appendingPathComponent(Self.folderName(slice.index))
        let temporary = folder.appendingPathComponent(".\(Self.folderName(slice.index)).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try? FileManager.default.removeItem(at: temporary)
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        } catch {
            throw ExportError.writeFailed(path: temporary.path, reason: error.localizedDescription)
        }
        let counts = EntityUsage(slice.corpus)
        let rows = TableRows(slice.corpus, usage: counts)
        var summary = SliceSummary(documents: slice.corpus.documents.count, dates: DateColumn(slice.corpus.documents.headers))
        try TableFile.write(CSVTable.documents(dateType: .string).fileName, in: temporary) { sink in
            try rows.writeDocuments(to: CSVWriter(sink: sink, spreadsheetSafe: excel))
        }
        try TableFile.write(CSVTable.mentions.fileName, in: temporary) { sink in
            summary.skipped = try rows.writeMentions(to: CSVWriter(sink: sink, spreadsheetSafe: excel))
        }
        try TableFile.write(SliceSummary.fileName, in: temporary) { try $0.write(try summary.jsonData()) }
        try? FileManager.default.removeItem(at: target)
        guard rename(temporary.path, target.path) == 0 else {
            throw ExportError.writeFailed(path: target.path, reason: String(cString: strerror(errno)))
        }
        for row in counts.rows(slice: slice.index) { try usage.write(try row.jsonLine()) }
    }
}
