import Core

/// The three tables newskit writes. Column names and order are part of newskit's interface
/// (`docs/tables-and-maps.md`); add columns at the end, never rename.
extension CSVTable {
    /// One row per document, in corpus order. `date` is typed per corpus (see `dateType`).
    static func documents(dateType: FieldType) -> CSVTable {
        CSVTable(
            name: "documents", title: "Documents",
            fields: [
                Field(name: "document_id", type: .string, description: "Document id, unique in the corpus (file stem, JSONL id or FILE:LINE).", required: true),
                Field(name: "title", type: .string, description: "Headline, when the input had one."),
                Field(name: "date", type: dateType, description: "Publication date as given: ISO 8601 date or date-time."),
                Field(name: "source", type: .string, description: "Outlet that published the article."),
                Field(name: "url", type: .string, description: "Address of the article."),
                Field(name: "words", type: .integer, description: "Whitespace-separated words in title and text, as wc -w counts them.", required: true),
                Field(name: "sha256", type: .string, description: "SHA-256 (hex) of the original input bytes: the file, or the JSONL line. Empty when unknown."),
            ],
            primaryKey: ["document_id"])
    }

    /// One row per entity, sorted by entity id.
    static let entities = CSVTable(
        name: "entities", title: "Entities",
        fields: [
            Field(name: "entity_id", type: .string, description: "Stable entity id (from the GeoNames id for geocoded places).", required: true),
            Field(name: "type", type: .string, description: "PERSON, ORG, CITY, COUNTRY or LOCATION.", required: true,
                  allowed: EntityType.allCases.map(\.rawValue)),
            Field(name: "name", type: .string, description: "Canonical name.", required: true),
            Field(name: "aliases", type: .string, description: "Other surface forms, sorted, joined with \" | \"."),
            Field(name: "mentions", type: .integer, description: "Mentions in the corpus.", required: true),
            Field(name: "documents", type: .integer, description: "Documents that mention it.", required: true),
            Field(name: "geonameid", type: .integer, description: "GeoNames id, for geocoded places."),
            Field(name: "latitude", type: .number, description: "WGS 84 latitude in degrees."),
            Field(name: "longitude", type: .number, description: "WGS 84 longitude in degrees."),
            Field(name: "country_code", type: .string, description: "ISO 3166-1 alpha-2 country code."),
            Field(name: "admin1", type: .string, description: "First-level administrative division (GeoNames admin1)."),
            Field(name: "population", type: .integer, description: "Population according to GeoNames."),
            Field(name: "feature_class", type: .string,
                  description: "For places: city, country, admin1 (state, province), admin2 (county), region, continent, sea or other.",
                  allowed: FeatureClass.allCases.map(\.rawValue)),
        ],
        primaryKey: ["entity_id"])

    /// One row per mention, in corpus document order, headline mentions first, then by offsets.
    static let mentions = CSVTable(
        name: "mentions", title: "Mentions",
        fields: [
            Field(name: "document_id", type: .string, description: "The document (documents.document_id).", required: true),
            Field(name: "entity_id", type: .string, description: "The entity (entities.entity_id).", required: true),
            Field(name: "type", type: .string, description: "The entity's type.", required: true,
                  allowed: EntityType.allCases.map(\.rawValue)),
            Field(name: "text", type: .string, description: "The surface form as it appears in the text.", required: true),
            Field(name: "start", type: .integer, description: "Offset of the first character, in Unicode scalars into the document text (or title: see field).", required: true),
            Field(name: "end", type: .integer, description: "Offset one past the last character (exclusive).", required: true),
            Field(name: "sentence", type: .integer, description: "Zero-based index of the sentence holding the mention, within its field.", required: true),
            Field(name: "field", type: .string, description: "Which text the offsets count into: the document's title (headline) or its text (body).",
                  required: true, allowed: MentionField.allCases.map(\.rawValue)),
        ],
        primaryKey: ["document_id", "field", "start", "end", "entity_id"],
        foreignKeys: [
            ForeignKey(field: "document_id", table: "documents", referencedField: "document_id"),
            ForeignKey(field: "entity_id", table: "entities", referencedField: "entity_id"),
        ])
}
