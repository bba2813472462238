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

    /// `date` when every document date is a plain `YYYY-MM-DD` (so pandas, DuckDB and
    /// frictionless parse it as a date), else `string` (date-times, or a mix).
    static func dateType(of headers: [DocumentHeader]) -> CSVTable.FieldType {
        headers.allSatisfy { header in header.date.map(isPlainDate) ?? true } ? .date : .string
    }

    static func isPlainDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in index == 4 || index == 7 || (0x30...0x39).contains(byte) }
    }
}
