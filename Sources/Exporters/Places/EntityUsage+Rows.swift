import Core

/// Entity usage as `UsageRow`s, so the counts of a corpus written in slices (`merge-step rows`)
/// are folded per entity instead of counted over every document in one place.
extension EntityUsage {
    /// One row per entity mentioned in this corpus (a slice), by entity id.
    func rows(slice: Int) -> [UsageRow] {
        counts.keys.sorted().compactMap { entity in
            counts[entity].map {
                UsageRow(entity: entity, slice: slice, mentions: $0.mentions, documents: $0.documents,
                         documentIDs: $0.documentIDs, firstDate: $0.firstDate, lastDate: $0.lastDate)
            }
        }
    }

    /// The usage of the whole corpus from the rows of its slices, in any order and grouping
    /// (rows of one entity are combined by slice, `UsageRow.combined(with:)`).
    init(folding rows: some Sequence<UsageRow>) {
        var folded: [String: UsageRow] = [:]
        for row in rows {
            folded[row.entity] = folded[row.entity].map { $0.combined(with: row) } ?? row
        }
        self.init(counts: folded.mapValues {
            Counts(mentions: $0.mentions, documents: $0.documents, documentIDs: $0.documentIDs, firstDate: $0.firstDate, lastDate: $0.lastDate)
        }, position: [:])
    }
}
