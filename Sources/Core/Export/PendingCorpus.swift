/// A corpus whose documents are final (order, ids, copies folded) while its entities and
/// mentions may still be being merged on another thread (`PartialSet.mergedInBackground`).
///
/// `newskit export` hands it to every format at once: an exporter with work that needs only the
/// documents (`DocumentsFirstExporter`: the EPUB's article pages) starts on them at once, and
/// every exporter asks for the whole corpus (`corpus()`) only where it needs the entities.
public struct PendingCorpus: Sendable {
    public var title: String?
    /// The corpus's documents, as `corpus().documents` will hold them.
    public var documents: DocumentStore
    private let tables: BackgroundValue<Tables>

    private struct Tables: Sendable {
        var entities: [Entity]
        var mentions: MentionStore
    }

    /// A corpus that is complete already.
    public init(_ corpus: Corpus) {
        title = corpus.title
        documents = corpus.documents
        tables = BackgroundValue(finished: Tables(entities: corpus.entities, mentions: corpus.mentions))
    }

    /// `documents` now, their entities and mentions from `merge`, which starts at once on a
    /// thread of its own.
    public init(title: String? = nil, documents: DocumentStore,
                merge: @escaping @Sendable () throws -> (entities: [Entity], mentions: MentionStore)) {
        self.title = title
        self.documents = documents
        tables = BackgroundValue {
            let (entities, mentions) = try merge()
            return Tables(entities: entities, mentions: mentions)
        }
    }

    /// The whole corpus, waiting for the merge if it is still running.
    /// - Throws: what the merge threw (a spool or part file that can no longer be read).
    public func corpus() throws -> Corpus {
        let tables = try tables.value()
        return Corpus(title: title, documents: documents, entities: tables.entities, mentions: tables.mentions)
    }
}
