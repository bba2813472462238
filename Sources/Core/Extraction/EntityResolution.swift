/// The outcome of the corpus-wide merge: the entities, and the entity id each local key maps to.
///
/// `EntityMerger.resolve` computes it from the combined key rows; `newskit merge-step resolve`
/// writes it as JSON Lines so a Spark job computes it once and `newskit merge --resolution`
/// applies it. Its size grows with the distinct entities, not with the documents.
public struct EntityResolution: Sendable, Equatable {
    /// Entities sorted by id.
    public var entities: [Entity]
    /// Local entity key → corpus entity id.
    public var idOfKey: [String: String]

    public init(entities: [Entity], idOfKey: [String: String]) {
        self.entities = entities
        self.idOfKey = idOfKey
    }

    /// The corpus-wide mentions of `documents`: each local mention with its entity's id, in
    /// document order (document index, then id), then start, end and local entity. Mentions
    /// whose key the resolution does not know are left out.
    public func mentions(of documents: [DocumentEntities]) -> MentionStore {
        let ordered = documents.sorted { ($0.documentIndex, $0.documentID) < ($1.documentIndex, $1.documentID) }
        var mentions = MentionStore.Builder()
        for document in ordered {
            for mention in document.mentions.sorted(by: { ($0.start, $0.end, $0.entity) < ($1.start, $1.end, $1.entity) }) {
                guard mention.entity < document.entities.count, let id = idOfKey[document.entities[mention.entity].key] else { continue }
                mentions.append(Mention(documentID: document.documentID, entityID: id, text: mention.text,
                                        start: mention.start, end: mention.end, sentence: mention.sentence))
            }
        }
        return mentions.finish()
    }
}
