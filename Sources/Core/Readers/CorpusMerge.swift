/// Joins the corpora read from several inputs into one, keeping every document id unique.
public enum CorpusMerge {
    /// Concatenates documents in order. A document whose id was already read is either the same
    /// article read twice (same title and text, e.g. `a.txt` and a JSONL line made from it),
    /// kept once with the fields of both copies (`ArticleCopies`) and a note, or a different one,
    /// renamed to `id-2`, `id-3`, … with a warning (and the mentions that point at it follow).
    /// Keeps the first entity of each id.
    /// - Throws: `ReadError` when an input changed since it was read (bodies of copies are read again).
    public static func concatenate(_ parts: [Corpus], diagnostics: any DiagnosticSink) throws -> Corpus {
        // Tokens are (part, index) packed in an Int: the stores are looked up in `parts` only
        // when two ids collide, so no store is held per document.
        var assigner = DocumentIDAssigner<Int>()
        let partsWithDocuments = parts.filter { !$0.documents.isEmpty }
        var stores: [DocumentStore] = []
        var entities: [Entity] = []
        var entityIDs = Set<String>()
        var mentions = MentionStore.Builder()
        // Where each part's documents land, to find the document a dropped copy repeats.
        var placements: [(offset: Int, kept: [Int]?)] = []
        var copies: [(token: Int, sameAs: Int)] = []
        var offset = 0
        for (partIndex, part) in partsWithDocuments.enumerated() {
            var kept: [Int] = []
            var ids: [String] = []
            var changed = false
            var renamed: [String: String] = [:]
            var dropped = Set<String>()
            // The lists of kept documents and their ids are made only once something in this
            // part is dropped or renamed (rare), starting with the documents before it.
            func startListing(before index: Int) {
                guard !changed else { return }
                changed = true
                kept = Array(0..<index)
                ids = (0..<index).map { part.documents.headers[$0].id }
            }
            for (index, header) in part.documents.headers.enumerated() {
                let decision = assigner.assign(id: header.id, token: partIndex << 32 | index) {
                    isSameArticle(partsWithDocuments[$0 >> 32].documents, $0 & 0xFFFF_FFFF, partsWithDocuments[$1 >> 32].documents, $1 & 0xFFFF_FFFF)
                }
                guard case .keep(let unique) = decision else {
                    if case .drop(let earlier) = decision { copies.append((partIndex << 32 | index, earlier)) }
                    startListing(before: index)
                    dropped.insert(header.id)
                    continue
                }
                if unique != header.id {
                    diagnostics.warn("duplicate document id \"\(header.id)\" renamed to \"\(unique)\"", at: header.origin.map { location($0) } ?? "")
                    renamed[header.id] = unique
                    startListing(before: index)
                }
                if changed {
                    kept.append(index)
                    ids.append(unique)
                }
            }
            if !dropped.isEmpty {
                let input = part.documents.headers.first?.origin?.path ?? "an input"
                let count = dropped.count
                diagnostics.report(Diagnostic(.note, location: input, "\(count) article\(count == 1 ? " was" : "s were") already read from other inputs (same id, title and text: \(dropped.sorted().prefix(3).joined(separator: ", "))\(count > 3 ? ", …" : "")); each is kept once, with the fields of every copy"))
            }
            placements.append((offset, changed ? kept : nil))
            offset += changed ? kept.count : part.documents.count
            stores.append(changed ? part.documents.selecting(kept).renamed(ids) : part.documents)
            for entity in part.entities where entityIDs.insert(entity.id).inserted {
                entities.append(entity)
            }
            mentions.append(contentsOf: part.mentions.lazy.compactMap { mention in
                guard !dropped.contains(mention.documentID) || renamed[mention.documentID] != nil else { return nil }
                var copy = mention
                if let new = renamed[mention.documentID] { copy.documentID = new }
                return copy
            })
        }
        let title = parts.count == 1 ? parts[0].title : nil
        let joined = DocumentStore.concatenating(stores)
        let all = DocumentStore.concatenating(partsWithDocuments.map(\.documents))
        let starts = partsWithDocuments.indices.reduce(into: [0]) { $0.append($0[$1] + partsWithDocuments[$1].documents.count) }
        var grouped: [Int: [Int]] = [:]
        for copy in copies {
            let part = copy.sameAs >> 32, index = copy.sameAs & 0xFFFF_FFFF
            let place = placements[part]
            let position = place.offset + (place.kept.map { $0.partitioningIndex(of: index) } ?? index)
            grouped[position, default: []].append(starts[copy.token >> 32] + (copy.token & 0xFFFF_FFFF))
        }
        return Corpus(
            title: title, documents: try ArticleCopies.folding(grouped, into: joined, from: all, diagnostics: diagnostics),
            entities: entities.sorted { $0.id < $1.id }, mentions: mentions.finish())
    }

    /// Whether two documents are one article read twice: same title and text (their dates,
    /// sources and the rest may differ: `ArticleCopies` folds them together).
    /// Only called when ids collide, so loading both bodies costs nothing in the common case.
    static func isSameArticle(_ left: DocumentStore, _ leftIndex: Int, _ right: DocumentStore, _ rightIndex: Int) -> Bool {
        let a = left.headers[leftIndex], b = right.headers[rightIndex]
        guard a.title == b.title,
              let first = try? left.document(at: leftIndex), let second = try? right.document(at: rightIndex) else { return false }
        return first.text == second.text
    }

    static func location(_ origin: Origin) -> String {
        origin.line.map { "\(origin.path):\($0)" } ?? origin.path
    }
}

private extension Array where Element == Int {
    /// The place of `value` in this ascending array (binary search); `value` is in it.
    func partitioningIndex(of value: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
