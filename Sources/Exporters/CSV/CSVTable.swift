/// One table of the CSV folder: its file, its fixed columns and their Frictionless types and
/// keys. The single source of truth for both the header rows and `datapackage.json`.
struct CSVTable: Sendable {
    /// A Frictionless Table Schema field type (specs.frictionlessdata.io/table-schema).
    enum FieldType: String, Sendable {
        case string, integer, number, date, datetime
    }

    struct Field: Sendable {
        var name: String
        var type: FieldType
        var description: String
        var required = false
        /// Allowed values (`constraints.enum`), when a closed set.
        var allowed: [String]? = nil
    }

    struct ForeignKey: Sendable {
        var field: String
        var table: String
        var referencedField: String
    }

    /// The resource name in `datapackage.json` (`documents`).
    var name: String
    var title: String
    var fields: [Field]
    var primaryKey: [String]
    var foreignKeys: [ForeignKey] = []

    /// `documents.csv`.
    var fileName: String { "\(name).csv" }
    var columnNames: [String] { fields.map(\.name) }
}
