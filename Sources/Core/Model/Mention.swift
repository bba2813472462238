/// One occurrence of an entity in a document's `text`.
///
/// `start` and `end` count Unicode scalars (not bytes, not UTF-16 units) into `Document.text`;
/// `end` is exclusive, so `text.unicodeScalars[start..<end]` is `text` (the surface form).
public struct Mention: Codable, Sendable, Equatable, Hashable {
    public var documentID: String
    public var entityID: String
    public var text: String
    public var start: Int
    public var end: Int
    /// Zero-based index of the sentence in the document that holds the mention.
    public var sentence: Int

    public init(documentID: String, entityID: String, text: String, start: Int, end: Int, sentence: Int) {
        self.documentID = documentID
        self.entityID = entityID
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
    }

    enum CodingKeys: String, CodingKey {
        case documentID = "document_id"
        case entityID = "entity_id"
        case text, start, end, sentence
    }
}
