import Foundation

/// `slice.json` in each slice folder: what the final write needs of a slice besides its rows
/// (how many documents, what its dates allow `documents.date` to be, mentions left out).
struct SliceSummary: Codable, Equatable {
    static let fileName = "slice.json"

    var documents = 0
    var dates = DateColumn()
    var skipped = TableRows.Skipped()

    /// Both slices' summaries as one.
    func merged(with other: SliceSummary) -> SliceSummary {
        SliceSummary(documents: documents + other.documents, dates: dates.merged(with: other.dates), skipped: skipped.adding(other.skipped))
    }

    func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self) + Data([0x0A])
    }
}
