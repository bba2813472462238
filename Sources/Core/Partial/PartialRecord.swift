import Foundation

/// One line of a partial-result file (`newskit extract` writes them, `newskit merge` reads
/// them): a document, where it sits in the corpus, and what extraction found in it alone.
/// Format and JSON schema: Plugins.md, "Partial results", and schema/newskit-partial.schema.json.
public struct PartialRecord: Codable, Sendable, Equatable {
    public var order: DocumentOrder
    /// SHA-256 of the title and text: equal for the same article read twice (its other fields
    /// may differ; the merge folds them together, `ArticleCopies`).
    public var fingerprint: String
    /// The document as read: its id is the one its input gives (duplicates not yet renamed).
    public var document: Document
    public var entities: [LocalEntity]
    public var mentions: [LocalMention]

    public init(order: DocumentOrder, document: Document, found: DocumentEntities) {
        self.order = order
        fingerprint = PartialRecord.fingerprint(of: document)
        self.document = document
        entities = found.entities
        mentions = found.mentions
    }

    /// The `format` member of the header line.
    public static let formatName = "newskit-partial"
    /// The `version` member of the header line; readers refuse larger versions.
    public static let formatVersion = 1
    /// The first line of every partial-result file.
    public static let headerLine = "{\"format\":\"\(formatName)\",\"version\":\(formatVersion)}"

    /// What the merge needs of this record besides the document.
    public func entities(index: Int) -> DocumentEntities {
        DocumentEntities(documentID: document.id, documentIndex: index, entities: entities, mentions: mentions)
    }

    /// The record as one line of JSON (keys sorted, so the same record gives the same bytes).
    public func jsonLine() throws -> Data {
        var data = try PartialRecord.encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// SHA-256 of `[title, text]` as JSON: equal exactly when both are equal. The date is left
    /// out: a copy without one (a `.txt`) is the same article as one with it (its JSONL line).
    ///
    /// A text over 1 MiB is hashed as it is escaped (`JSONStringWriter`), the same bytes as
    /// `JSONEncoder`'s, instead of encoding the array in memory (~3 copies of a long text).
    public static func fingerprint(of document: Document) -> String {
        guard document.text.utf8.count > 1 << 20 else {
            let parts = [document.title, document.text]
            let data = (try? JSONEncoder().encode(parts)) ?? Data(document.text.utf8)
            return Digest.sha256Hex(data)
        }
        let encoder = JSONEncoder()
        var digest = SHA256Stream()
        func feed(_ bytes: some DataProtocol) { Array(bytes).withUnsafeBytes { digest.update($0) } }
        feed(Array("[".utf8))
        feed((try? encoder.encode(document.title)) ?? Data("null".utf8))
        feed(Array(",".utf8))
        JSONStringWriter.write(document.text, escapingSlashes: true) { feed($0) }
        feed(Array("]".utf8))
        return digest.finalize()
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
