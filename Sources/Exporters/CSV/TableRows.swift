import Core

/// Turns the corpus into the rows of the three tables, in their stable orders: documents in
/// corpus order, entities by id, mentions by document position, then start, end and entity id.
struct TableRows {
    /// Mentions that could not be written, by reason.
    struct Skipped: Equatable, Codable {
        var unknownDocument = 0
        var unknownEntity = 0
        var duplicate = 0

        /// Both counts together (slices written apart, `TableSlice`).
        func adding(_ other: Skipped) -> Skipped {
            Skipped(unknownDocument: unknownDocument + other.unknownDocument, unknownEntity: unknownEntity + other.unknownEntity,
                    duplicate: duplicate + other.duplicate)
        }

        var warning: String? {
            var parts: [String] = []
            if unknownDocument > 0 { parts.append("\(unknownDocument) name a document not in the corpus") }
            if unknownEntity > 0 { parts.append("\(unknownEntity) name an entity not in the corpus") }
            if duplicate > 0 { parts.append("\(duplicate) repeat another mention exactly") }
            guard !parts.isEmpty else { return nil }
            return "mentions.csv leaves out \(unknownDocument + unknownEntity + duplicate) mentions: \(parts.joined(separator: ", ")). This is a bug in extraction; please report it."
        }
    }

    private let corpus: Corpus
    private let usage: EntityUsage

    init(_ corpus: Corpus) {
        self.init(corpus, usage: EntityUsage(corpus))
    }

    /// Rows with counts gathered elsewhere: folded from the usage rows of the slices
    /// (`RowSlices`), whose `corpus` holds the entities only.
    init(_ corpus: Corpus, usage: EntityUsage) {
        self.corpus = corpus
        self.usage = usage
    }

    func writeDocuments(to writer: CSVWriter) throws {
        for header in corpus.documents.headers {
            try writer.writeRow([
                .text(header.id), .text(header.title), .text(header.date), .text(header.source),
                .text(header.url), .integer(header.wordCount), .text(header.origin?.sha256),
            ])
        }
    }

    func writeEntities(to writer: CSVWriter) throws {
        for entity in corpus.entities.sorted(by: { $0.id < $1.id }) {
            let counts = usage[entity.id]
            try writer.writeRow([
                .text(entity.id), .text(entity.type.rawValue), .text(entity.name),
                .text(entity.aliases.sorted().joined(separator: TableRows.aliasSeparator)),
                .integer(counts.mentions), .integer(counts.documents), .integer(entity.geonameID),
                .number(entity.latitude), .number(entity.longitude), .text(entity.countryCode),
                .text(entity.admin1), .integer(entity.population), .text(entity.featureClass?.rawValue),
            ])
        }
    }

    /// Writes the mentions that keep the keys valid and returns what it left out.
    ///
    /// Extraction stores mentions already in table order, so they stream straight from the
    /// packed store; only mentions read from elsewhere in another order are sorted first.
    func writeMentions(to writer: CSVWriter) throws -> Skipped {
        let position = usage.position
        var types: [String: EntityType] = [:]
        for entity in corpus.entities { types[entity.id] = entity.type }
        var skipped = Skipped()
        var previous: Mention?
        func write(_ mention: Mention) throws {
            if let previous, TableRows.sameKey(previous, mention) { skipped.duplicate += 1; return }
            previous = mention
            try writer.writeRow([
                .text(mention.documentID), .text(mention.entityID), .text(types[mention.entityID]?.rawValue),
                .text(mention.text), .integer(mention.start), .integer(mention.end), .integer(mention.sentence),
                .text(mention.field.rawValue),
            ])
        }
        func kept(_ mention: Mention) -> Int? {
            guard let index = position[mention.documentID] else { skipped.unknownDocument += 1; return nil }
            guard types[mention.entityID] != nil else { skipped.unknownEntity += 1; return nil }
            return index
        }
        if isInTableOrder(position) {
            for mention in corpus.mentions {
                if kept(mention) != nil { try write(mention) }
            }
            return skipped
        }
        var sorted: [(position: Int, mention: Mention)] = []
        for mention in corpus.mentions {
            if let index = kept(mention) { sorted.append((index, mention)) }
        }
        sorted.sort { a, b in
            (a.position, a.mention.field.order, a.mention.start, a.mention.end, a.mention.entityID)
                < (b.position, b.mention.field.order, b.mention.start, b.mention.end, b.mention.entityID)
        }
        for (_, mention) in sorted { try write(mention) }
        return skipped
    }

    /// Whether the mentions of known documents already come by document position, field
    /// (headline first), start, end and entity id.
    private func isInTableOrder(_ position: [String: Int]) -> Bool {
        var last: (Int, Int, Int, Int, String)?
        for mention in corpus.mentions {
            guard let index = position[mention.documentID] else { continue }
            let key = (index, mention.field.order, mention.start, mention.end, mention.entityID)
            if let last, key < last { return false }
            last = key
        }
        return true
    }

    /// The mentions table's primary key: document, field, start, end, entity.
    static func sameKey(_ a: Mention, _ b: Mention) -> Bool {
        a.documentID == b.documentID && a.field == b.field && a.start == b.start && a.end == b.end && a.entityID == b.entityID
    }

    /// Between aliases in entities.csv; split on it to get the list back.
    static let aliasSeparator = " | "
}
