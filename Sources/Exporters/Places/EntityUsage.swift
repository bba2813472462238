import Core

/// How often, where and when each entity is mentioned: the counts behind the `mentions`,
/// `documents`, `first_date` and `last_date` columns of the tables, the layer and the map.
///
/// Built once from `corpus.mentions` and the document headers (no document body is loaded).
/// Mentions whose document is not in the corpus are ignored here; the CSV exporter reports them.
struct EntityUsage {
    struct Counts: Equatable {
        var mentions = 0
        /// How many documents mention the entity.
        var documents = 0
        /// Ids of the first `EntityUsage.listedDocuments` documents that mention the entity, in
        /// corpus order (all of them would cost a string per entity and document).
        var documentIDs: [String] = []
        /// Earliest and latest date (the `YYYY-MM-DD` part) of those documents.
        var firstDate: String?
        var lastDate: String?
    }

    let counts: [String: Counts]
    /// Each document id's position in the corpus (`HeaderTable.firstIndexByID`); empty when
    /// the counts were folded from usage rows (`EntityUsage+Rows`).
    let position: [String: Int]

    init(counts: [String: Counts], position: [String: Int]) {
        self.counts = counts
        self.position = position
    }

    init(_ corpus: Corpus) {
        let headers = corpus.documents.headers
        let position = headers.firstIndexByID()
        self.position = position
        var mentionCounts: [String: Int] = [:]
        // Mentions come in document order, so each entity's documents arrive sorted: a list that
        // skips repeats costs a few bytes per (entity, document) pair, where a set cost dozens.
        var documents: [String: [Int32]] = [:]
        for mention in corpus.mentions {
            guard let index = position[mention.documentID] else { continue }
            mentionCounts[mention.entityID, default: 0] += 1
            let compact = Int32(truncatingIfNeeded: index)
            if documents[mention.entityID]?.last != compact { documents[mention.entityID, default: []].append(compact) }
        }
        var counts: [String: Counts] = [:]
        for (entityID, mentions) in mentionCounts {
            let indices = EntityUsage.sortedUnique(documents[entityID] ?? []).map(Int.init)
            let dates = indices.compactMap { headers[$0].date.map(EntityUsage.day) }.sorted()
            counts[entityID] = Counts(
                mentions: mentions, documents: indices.count, documentIDs: indices.prefix(EntityUsage.listedDocuments).map { headers[$0].id },
                firstDate: dates.first, lastDate: dates.last)
        }
        self.counts = counts
    }

    /// How many document ids `Counts.documentIDs` keeps.
    static let listedDocuments = UsageRow.listedDocuments

    /// `indices` sorted, each once (already so unless mentions came out of document order).
    static func sortedUnique(_ indices: [Int32]) -> [Int32] {
        if zip(indices, indices.dropFirst()).allSatisfy({ $0 < $1 }) { return indices }
        return Array(Set(indices)).sorted()
    }

    /// The counts for `entityID` (zero mentions when it is never mentioned).
    subscript(entityID: String) -> Counts {
        counts[entityID] ?? Counts()
    }

    /// The calendar-day part of an ISO 8601 date or date-time (`2022-02-28T09:30Z` -> `2022-02-28`).
    static func day(_ date: String) -> String {
        if let t = date.firstIndex(of: "T") { return String(date[..<t]) }
        return date
    }
}
