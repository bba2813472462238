import Foundation

/// The one document model every reader produces and every exporter consumes.
///
/// Documents live in a `DocumentStore`: small headers stay in memory, bodies are loaded on
/// demand from their inputs, so exporters that stream keep memory flat on large corpora.
/// Entities and mentions are corpus-wide tables filled by extraction (empty before it runs).
public struct Corpus: Sendable {
    /// Optional title for the whole corpus (used by the EPUB digest, for example).
    public var title: String?
    public var documents: DocumentStore
    /// Entities sorted by id.
    public var entities: [Entity]
    /// Mentions in document order, then by start offset, packed (see `MentionStore`).
    public var mentions: MentionStore

    public init(title: String? = nil, documents: DocumentStore, entities: [Entity] = [], mentions: MentionStore = []) {
        self.title = title
        self.documents = documents
        self.entities = entities
        self.mentions = mentions
    }

    /// A corpus held entirely in memory.
    public init(title: String? = nil, documents: [Document], entities: [Entity] = [], mentions: MentionStore = []) {
        self.init(title: title, documents: DocumentStore(documents), entities: entities, mentions: mentions)
    }

    /// An empty corpus.
    public static let empty = Corpus(documents: [Document]())

    /// The same corpus with every document body loaded into memory.
    public func materialized() throws -> Corpus {
        var copy = self
        copy.documents = DocumentStore(try documents.loadAll())
        return copy
    }
}

extension Corpus: Codable {
    enum CodingKeys: String, CodingKey {
        case format, version, title, documents, entities, mentions
    }

    /// The `format` member of newskit's corpus JSON.
    public static let formatName = "newskit-corpus"
    /// The `version` member of newskit's corpus JSON; readers refuse larger versions.
    public static let formatVersion = 1

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try container.decode(String.self, forKey: .format)
        guard format == Corpus.formatName else {
            throw DecodingError.dataCorruptedError(
                forKey: .format, in: container,
                debugDescription: "expected \"\(Corpus.formatName)\", found \"\(format)\"")
        }
        let version = try container.decode(Int.self, forKey: .version)
        guard version <= Corpus.formatVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .version, in: container,
                debugDescription: "corpus JSON version \(version) is newer than this newskit reads (\(Corpus.formatVersion)); upgrade newskit")
        }
        self.init(
            title: try container.decodeIfPresent(String.self, forKey: .title),
            documents: try container.decode([Document].self, forKey: .documents),
            entities: try container.decodeIfPresent([Entity].self, forKey: .entities) ?? [],
            mentions: MentionStore(try container.decodeIfPresent([Mention].self, forKey: .mentions) ?? []))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Corpus.formatName, forKey: .format)
        try container.encode(Corpus.formatVersion, forKey: .version)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encode(try documents.loadAll(), forKey: .documents)
        try container.encode(entities, forKey: .entities)
        try container.encode(Array(mentions), forKey: .mentions)
    }
}

extension Corpus: Equatable {
    /// Two corpora are equal when their documents (bodies included), entities and mentions are.
    /// A body that can no longer be loaded makes the corpora unequal.
    public static func == (lhs: Corpus, rhs: Corpus) -> Bool {
        guard lhs.title == rhs.title, lhs.entities == rhs.entities, lhs.mentions == rhs.mentions,
              lhs.documents.count == rhs.documents.count else { return false }
        guard let left = try? lhs.documents.loadAll(), let right = try? rhs.documents.loadAll() else { return false }
        return left == right
    }
}
