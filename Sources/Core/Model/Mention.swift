/// One occurrence of an entity in a document's `text`, or in its `title` (`field`).
///
/// `start` and `end` count Unicode scalars (not bytes, not UTF-16 units) into `Document.text`
/// (or `Document.title` when `field` is `.title`); `end` is exclusive, so
/// `text.unicodeScalars[start..<end]` is `text` (the surface form). JSON leaves `field` out
/// for the body, so corpus files written before headlines had mentions read unchanged.
public struct Mention: Codable, Sendable, Equatable, Hashable {
    public var documentID: String
    public var entityID: String
    public var text: String
    public var start: Int
    public var end: Int
    /// Zero-based index of the sentence in the field that holds the mention.
    public var sentence: Int
    /// The text the offsets count into.
    public var field: MentionField {
        get { storedField ?? .text }
        set { storedField = newValue == .text ? nil : newValue }
    }
    /// `field`, nil for the body, so that JSON leaves the member out there (synthesised coding
    /// skips nil optionals).
    private var storedField: MentionField?

    public init(documentID: String, entityID: String, text: String, start: Int, end: Int, sentence: Int, field: MentionField = .text) {
        self.documentID = documentID
        self.entityID = entityID
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
        self.field = field
    }

    enum CodingKeys: String, CodingKey {
        case documentID = "document_id"
        case entityID = "entity_id"
        case text, start, end, sentence
        case storedField = "field"
    }
}
