/// The entities of one document before they are merged across the corpus: what
/// `DocumentExtraction.extract` returns and `EntityMerger.merge` consumes.
///
/// Codable so that shards (issue 9 runs extraction on Spark) can ship partial results; the
/// merge depends only on the set of partials, not on how they were split or ordered.
public struct DocumentEntities: Codable, Sendable, Equatable {
    public var documentID: String
    /// Position of the document in the corpus; orders mentions after the merge.
    public var documentIndex: Int
    public var entities: [LocalEntity]
    public var mentions: [LocalMention]

    public init(documentID: String, documentIndex: Int, entities: [LocalEntity], mentions: [LocalMention]) {
        self.documentID = documentID
        self.documentIndex = documentIndex
        self.entities = entities
        self.mentions = mentions
    }
}

/// One entity as a single document sees it.
public struct LocalEntity: Codable, Sendable, Equatable, Hashable {
    /// Proposed corpus-wide id: `geonames:<id>` for places, else `<type>:<slug of name>`.
    public var key: String
    public var type: EntityType
    /// The fullest name the document uses (or the gazetteer's name for places).
    public var name: String
    /// Every surface form in the document, sorted.
    public var surfaces: [String]
    /// The gazetteer record, for places found there.
    public var place: GazetteerPlace?

    public init(key: String, type: EntityType, name: String, surfaces: [String], place: GazetteerPlace? = nil) {
        self.key = key
        self.type = type
        self.name = name
        self.surfaces = surfaces
        self.place = place
    }
}

/// One mention of a `LocalEntity` (by index into `DocumentEntities.entities`), with offsets
/// into the document's `text`, or its `title` when `field` says so (left out of JSON for the body).
public struct LocalMention: Codable, Sendable, Equatable, Hashable {
    public var entity: Int
    public var text: String
    public var start: Int
    public var end: Int
    public var sentence: Int
    /// The text the offsets count into.
    public var field: MentionField {
        get { storedField ?? .text }
        set { storedField = newValue == .text ? nil : newValue }
    }
    /// `field`, nil for the body (left out of JSON).
    private var storedField: MentionField?

    public init(entity: Int, text: String, start: Int, end: Int, sentence: Int, field: MentionField = .text) {
        self.entity = entity
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.field = field
    }

    enum CodingKeys: String, CodingKey {
        case entity, text, start, end, sentence
        case storedField = "field"
    }
}
