import Core

/// What the dates of a corpus allow `documents.date` to be typed as in `datapackage.json`
/// (`DataPackage.dateType`): gathered per slice of documents and merged, so the tables written
/// in slices (`TableSlice`) get the type one pass over every header gives.
struct DateColumn: Codable, Equatable, Sendable {
    /// Every date seen is `YYYY-MM-DD`.
    var allDates = true
    /// Every date seen is a date-time with seconds.
    var allDateTimes = true

    init() {}

    init(_ headers: HeaderTable) {
        for date in headers.compactMap(\.date) { add(date) }
    }

    mutating func add(_ date: String) {
        if allDates && !ISODate.isValid(date) { allDates = false }
        if allDateTimes && !DataPackage.isDateTimeWithSeconds(date) { allDateTimes = false }
    }

    func merged(with other: DateColumn) -> DateColumn {
        var merged = self
        merged.allDates = allDates && other.allDates
        merged.allDateTimes = allDateTimes && other.allDateTimes
        return merged
    }

    /// `date` when every date is a day, else `datetime` when every one has seconds, else `string`.
    var type: CSVTable.FieldType { allDates ? .date : allDateTimes ? .datetime : .string }
}
