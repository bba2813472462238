import Core
import Foundation

/// Writes RFC 4180 rows to a byte sink: fields separated by commas, rows ended by CRLF, a field
/// quoted (`"`, inner quotes doubled) when it holds a comma, quote, CR or LF or starts or ends
/// with a space. UTF-8 throughout. https://www.rfc-editor.org/rfc/rfc4180
///
/// With `spreadsheetSafe`, text cells that a spreadsheet would run as a formula (first character
/// `=`, `+`, `-`, `@`, tab or CR; OWASP "CSV injection") get a leading `'`. Numbers are never
/// changed, so a negative longitude stays a number.
struct CSVWriter {
    /// One cell: text or a number; nil writes an empty field.
    enum Cell {
        case text(String?)
        case integer(Int?)
        case number(Double?)
    }

    let sink: any ByteSink
    let spreadsheetSafe: Bool

    func writeHeader(_ table: CSVTable) throws {
        try writeRow(table.columnNames.map { .text($0) })
    }

    func writeRow(_ cells: [Cell]) throws {
        var line = ""
        for (index, cell) in cells.enumerated() {
            if index > 0 { line.append(",") }
            line.append(field(cell))
        }
        line.append("\r\n")
        try sink.write(line)
    }

    private func field(_ cell: Cell) -> String {
        switch cell {
        case .text(let value):
            guard var value, !value.isEmpty else { return "" }
            if spreadsheetSafe, let first = value.unicodeScalars.first, CSVWriter.formulaStarts.contains(first) {
                value = "'" + value
            }
            return CSVWriter.quotedIfNeeded(value)
        case .integer(let value):
            return value.map(String.init) ?? ""
        case .number(let value):
            return value.map { NumberFormatting.decimal($0) } ?? ""
        }
    }

    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func quotedIfNeeded(_ value: String) -> String {
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
