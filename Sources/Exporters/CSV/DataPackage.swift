import Core
import Foundation

/// `datapackage.json`: a Frictionless Tabular Data Package (specs.frictionlessdata.io, v1)
/// describing the three CSV tables: CSV dialect, encoding, field types, primary keys and the
/// foreign keys from mentions to documents and entities. `frictionless validate
/// datapackage.json` checks the tables against it.
struct DataPackage: Encodable {
    struct Resource: Encodable {
        var name: String
        var title: String
        var path: String
        var profile = "tabular-data-resource"
        var format = "csv"
        var mediatype = "text/csv"
        var encoding: String
        var dialect: Dialect
        var schema: Schema
    }

    struct Dialect: Encodable {
        var delimiter = ","
        var lineTerminator = "\r\n"
        var quoteChar = "\""
        var doubleQuote = true
        var header = true
    }

    struct Schema: Encodable {
        var fields: [Field]
        var primaryKey: [String]
        var foreignKeys: [ForeignKey]?
        var missingValues = [""]
    }

    struct Field: Encodable {
        var name: String
        var type: String
        var description: String
        var constraints: Constraints?
    }

    struct Constraints: Encodable {
        var required: Bool?
        var `enum`: [String]?
    }

    struct ForeignKey: Encodable {
        struct Reference: Encodable {
            var resource: String
            var fields: [String]
        }
        var fields: [String]
        var reference: Reference
    }

    var profile = "tabular-data-package"
    var name = "newskit-tables"
    var title: String
    var description: String
    var resources: [Resource]

    init(tables: [CSVTable], corpusTitle: String?, toolVersion: String, byteOrderMark: Bool) {
        title = corpusTitle ?? "newskit tables"
        description = "Documents, entities and mentions written by newskit \(toolVersion). Columns: docs/tables-and-maps.md."
        resources = tables.map { table in
            Resource(
                name: table.name, title: table.title, path: table.fileName,
                // Frictionless reads "utf-8-sig" as UTF-8 that may start with a byte order mark.
                encoding: byteOrderMark ? "utf-8-sig" : "utf-8", dialect: Dialect(),
                schema: Schema(
                    fields: table.fields.map { field in
                        let constraints = field.required || field.allowed != nil
                            ? Constraints(required: field.required ? true : nil, enum: field.allowed) : nil
                        return Field(name: field.name, type: field.type.rawValue, description: field.description, constraints: constraints)
                    },
                    primaryKey: table.primaryKey,
                    foreignKeys: table.foreignKeys.isEmpty ? nil : table.foreignKeys.map {
                        ForeignKey(fields: [$0.field], reference: .init(resource: $0.table, fields: [$0.referencedField]))
                    }))
        }
    }

    /// Pretty-printed JSON with sorted keys and a final newline: the same bytes every run.
    func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// The type of `documents.date`: `date` when every date of the corpus is `YYYY-MM-DD`,
    /// `datetime` when every one is a date-time with seconds (what frictionless's default
    /// datetime format parses), else `string` (a mix, or date-times without seconds), so that
    /// validation always passes and pandas/DuckDB get a real date type whenever possible.
    static func dateType(of headers: HeaderTable) -> CSVTable.FieldType {
        DateColumn(headers).type
    }

    /// `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM|±HHMM]`, with a real date and seconds 00–59.
    static func isDateTimeWithSeconds(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 19, scalars[10] == "T", ISODate.isValid(String(text.prefix(10))) else { return false }
        let digits = { (range: Range<Int>) -> Int? in
            guard range.allSatisfy({ scalars[$0].properties.numericType == .decimal && scalars[$0].isASCII }) else { return nil }
            return Int(String(String.UnicodeScalarView(scalars[range])))
        }
        guard let hour = digits(11..<13), scalars[13] == ":", let minute = digits(14..<16), scalars[16] == ":",
              let second = digits(17..<19), hour < 24, minute < 60, second < 60 else { return false }
        var rest = scalars[19...]
        if rest.first == "." {
            rest = rest.dropFirst()
            let fraction = rest.prefix { $0.properties.numericType == .decimal && $0.isASCII }
            guard !fraction.isEmpty else { return false }
            rest = rest.dropFirst(fraction.count)
        }
        let zone = String(String.UnicodeScalarView(rest))
        if zone.isEmpty || zone == "Z" { return true }
        guard let sign = zone.first, sign == "+" || sign == "-" else { return false }
        let body = zone.dropFirst().replacingOccurrences(of: ":", with: "")
        return body.count == 4 && body.allSatisfy { $0.isASCII && $0.isNumber } && (zone.count == 5 || zone.count == 6)
    }
}
