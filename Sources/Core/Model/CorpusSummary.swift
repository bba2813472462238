/// Counts that describe a corpus, for `newskit inspect` and for mastheads.
public struct CorpusSummary: Codable, Sendable, Equatable {
    public struct RankedEntity: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var mentions: Int
        public var documents: Int
    }

    public var documents: Int
    public var words: Int
    public var firstDate: String?
    public var lastDate: String?
    public var sources: [String]
    public var entities: [String: Int]
    public var mentions: Int
    public var topEntities: [String: [RankedEntity]]
    public var warnings: [String]

    public init(_ corpus: Corpus, top: Int = 5, warnings: [String] = []) {
        let headers = corpus.documents.headers
        documents = headers.count
        words = headers.reduce(0) { $0 + $1.wordCount }
        let dates = headers.compactMap(\.date).sorted()
        firstDate = dates.first
        lastDate = dates.last
        sources = Array(Set(headers.compactMap(\.source))).sorted()
        var byType: [String: Int] = [:]
        for entity in corpus.entities { byType[entity.type.rawValue, default: 0] += 1 }
        entities = byType
        mentions = corpus.mentions.count
        var mentionCounts: [String: Int] = [:]
        // Mentions come grouped by document, so counting an entity's documents needs only the
        // last document that named it, not a set of every one.
        var documentCounts: [String: (count: Int, last: String)] = [:]
        for mention in corpus.mentions {
            mentionCounts[mention.entityID, default: 0] += 1
            if documentCounts[mention.entityID]?.last != mention.documentID {
                documentCounts[mention.entityID] = ((documentCounts[mention.entityID]?.count ?? 0) + 1, mention.documentID)
            }
        }
        var ranked: [String: [RankedEntity]] = [:]
        for type in EntityType.allCases {
            let list = corpus.entities.filter { $0.type == type }
                .map { RankedEntity(id: $0.id, name: $0.name, mentions: mentionCounts[$0.id] ?? 0, documents: documentCounts[$0.id]?.count ?? 0) }
                .sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
            if !list.isEmpty { ranked[type.rawValue] = Array(list.prefix(top)) }
        }
        topEntities = ranked
        self.warnings = warnings
    }

    /// The summary as aligned lines for a terminal.
    public var text: String {
        var lines = [
            "documents  \(documents)",
            "words      \(words)",
            "dates      \(firstDate.map { "\($0) – \(lastDate ?? $0)" } ?? "none")",
            "sources    \(sources.isEmpty ? "none" : sources.joined(separator: ", "))",
            "entities   \(entities.values.reduce(0, +)) (\(mentions) mentions)",
        ]
        for type in EntityType.allCases {
            guard let list = topEntities[type.rawValue] else { continue }
            let names = list.map { "\($0.name) (\($0.mentions))" }.joined(separator: ", ")
            lines.append("  \(type.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(entities[type.rawValue] ?? 0): \(names)")
        }
        lines.append("warnings   \(warnings.count)")
        return lines.joined(separator: "\n")
    }
}
