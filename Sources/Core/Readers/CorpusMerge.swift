/// Joins the corpora read from several inputs into one, keeping every document id unique.
public enum CorpusMerge {
    /// Concatenates documents in order; renames duplicate ids to `id-2`, `id-3`, … (with a warning
    /// each, and the mentions that point at them); keeps the first entity of each id.
    public static func concatenate(_ parts: [Corpus], diagnostics: any DiagnosticSink) -> Corpus {
        var seen = Set<String>()
        var stores: [DocumentStore] = []
        var entities: [Entity] = []
        var entityIDs = Set<String>()
        var mentions: [Mention] = []
        for part in parts where !part.documents.isEmpty {
            var ids: [String] = []
            var renamed: [String: String] = [:]
            for header in part.documents.headers {
                let unique = uniqueID(header.id, seen: &seen)
                if unique != header.id {
                    diagnostics.warn("duplicate document id \"\(header.id)\" renamed to \"\(unique)\"", at: header.origin.map { location($0) } ?? "")
                    renamed[header.id] = unique
                }
                ids.append(unique)
            }
            stores.append(renamed.isEmpty ? part.documents : part.documents.renamed(ids))
            for entity in part.entities where entityIDs.insert(entity.id).inserted {
                entities.append(entity)
            }
            mentions.append(contentsOf: part.mentions.map { mention in
                var copy = mention
                if let new = renamed[mention.documentID] { copy.documentID = new }
                return copy
            })
        }
        let title = parts.count == 1 ? parts[0].title : nil
        return Corpus(
            title: title, documents: DocumentStore.concatenating(stores),
            entities: entities.sorted { $0.id < $1.id }, mentions: mentions)
    }

    static func uniqueID(_ id: String, seen: inout Set<String>) -> String {
        if seen.insert(id).inserted { return id }
        var suffix = 2
        while !seen.insert("\(id)-\(suffix)").inserted { suffix += 1 }
        return "\(id)-\(suffix)"
    }

    static func location(_ origin: Origin) -> String {
        origin.line.map { "\(origin.path):\($0)" } ?? origin.path
    }
}
