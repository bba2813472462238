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

    /// Appends `document`'s mentions in offset order (headline first, then start, end, local entity) to `builder`,
    /// each under its local entity's key; `resolving` turns the keys into entity ids once the
    /// merge is known. This lets a merge read each document once.
    public static func appendKeyedMentions(of document: DocumentEntities, to builder: inout MentionStore.Builder) {
        for mention in document.mentions.sorted(by: { ($0.field.order, $0.start, $0.end, $0.entity) < ($1.field.order, $1.start, $1.end, $1.entity) }) {
            guard mention.entity >= 0, mention.entity < document.entities.count else { continue }
            builder.append(Mention(documentID: document.documentID, entityID: document.entities[mention.entity].key,
                                   text: mention.text, start: mention.start, end: mention.end, sentence: mention.sentence,
                                   field: mention.field))
        }
    }

    /// `keyed` (mentions under local keys) with each key replaced by its entity's id; mentions
    /// of keys the resolution does not know are left out.
    public func resolving(_ keyed: MentionStore) -> MentionStore {
        keyed.mappingEntityIDs { idOfKey[$0] }
    }
}
