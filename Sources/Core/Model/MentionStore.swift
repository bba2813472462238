/// The corpus's mentions, in order, packed into one byte buffer.
///
/// A corpus has about one mention for every 15 words, so the mentions table is by far the
/// largest thing extraction keeps: as `[Mention]` (three strings and three integers each) it cost
/// about 200 bytes a mention, 120 MB for ten times the BBC corpus. Packed, a mention takes about
/// 6–8 bytes: entity ids and surface texts are interned (a corpus names the same entities in
/// the same few ways), the document id is written once for each run of mentions of the same
/// document, and the numbers are LEB128 varints. Reading one back decodes
/// it; iteration is sequential, which is all exporters need.
///
/// Iterating gives the mentions in the order they were added.
public struct MentionStore: Sendable, Sequence {
    private let storage: Storage

    /// No mentions.
    public init() {
        storage = Storage(bytes: [], documentIDs: [], entityIDs: [], texts: [], count: 0)
    }

    /// The mentions of `mentions`, in that order.
    public init(_ mentions: some Sequence<Mention>) {
        var builder = Builder()
        for mention in mentions { builder.append(mention) }
        self = builder.finish()
    }

    fileprivate init(storage: Storage) {
        self.storage = storage
    }

    /// How many mentions the store holds (constant time).
    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.count == 0 }
    public var underestimatedCount: Int { storage.count }

    /// Bytes held by the packed mentions and their id tables, for benchmarks and docs.
    public var approximateByteSize: Int {
        let tables = [storage.documentIDs, storage.entityIDs, storage.texts]
        return storage.bytes.count + tables.reduce(0) { total, table in
            total + table.reduce(0) { $0 + 16 + ($1.utf8.count > 15 ? $1.utf8.count : 0) }
        }
    }

    /// The same mentions with each entity id replaced by `transform`'s answer; mentions for
    /// which it answers nil are left out. When none is left out the packed mentions are shared,
    /// not copied: only the table of entity ids is new.
    public func mappingEntityIDs(_ transform: (String) -> String?) -> MentionStore {
        let mapped = storage.entityIDs.map(transform)
        let kept = mapped.compactMap { $0 }
        if kept.count == mapped.count {
            return MentionStore(storage: Storage(bytes: storage.bytes, documentIDs: storage.documentIDs, entityIDs: kept,
                                                 texts: storage.texts, count: storage.count))
        }
        var builder = Builder()
        for mention in self {
            guard let id = transform(mention.entityID) else { continue }
            var copy = mention
            copy.entityID = id
            builder.append(copy)
        }
        return builder.finish()
    }

    public func makeIterator() -> Iterator {
        Iterator(storage: storage)
    }

    /// Decodes the mentions one at a time.
    public struct Iterator: IteratorProtocol {
        fileprivate let storage: Storage
        private var offset = 0
        private var documentID = ""
        private var previousStart = 0

        fileprivate init(storage: Storage) {
            self.storage = storage
        }

        public mutating func next() -> Mention? {
            let bytes = storage.bytes
            guard offset < bytes.count else { return nil }
            let documentRef = Int(Varint.read(bytes, at: &offset))
            if documentRef > 0 {
                documentID = storage.documentIDs[documentRef - 1]
                previousStart = 0
            }
            let entityID = storage.entityIDs[Int(Varint.read(bytes, at: &offset))]
            let start = previousStart + Varint.readSigned(bytes, at: &offset)
            let end = start + Varint.readSigned(bytes, at: &offset)
            // The sentence and the field share one varint: sentence * 2 + 1 for a headline.
            let sentenceAndField = Varint.readSigned(bytes, at: &offset)
            let text = storage.texts[Int(Varint.read(bytes, at: &offset))]
            previousStart = start
            return Mention(documentID: documentID, entityID: entityID, text: text, start: start, end: end,
                           sentence: sentenceAndField >> 1, field: sentenceAndField & 1 == 1 ? .title : .text)
        }
    }

    /// Appends mentions one at a time, then `finish()` freezes them into a store.
    public struct Builder {
        private var bytes: [UInt8] = []
        private var documentIDs: [String] = []
        private var entityIDs = StringInterner()
        private var texts = StringInterner()
        private var currentDocument: String?
        private var previousStart = 0
        private var count = 0

        public init() {}

        public mutating func append(_ mention: Mention) {
            if mention.documentID == currentDocument {
                Varint.append(UInt(0), to: &bytes)
            } else {
                documentIDs.append(mention.documentID)
                currentDocument = mention.documentID
                previousStart = 0
                Varint.append(UInt(documentIDs.count), to: &bytes)
            }
            Varint.append(UInt(entityIDs.number(of: mention.entityID)), to: &bytes)
            Varint.append(signed: mention.start - previousStart, to: &bytes)
            Varint.append(signed: mention.end - mention.start, to: &bytes)
            Varint.append(signed: mention.sentence * 2 + (mention.field == .title ? 1 : 0), to: &bytes)
            Varint.append(UInt(texts.number(of: mention.text)), to: &bytes)
            previousStart = mention.start
            count += 1
        }

        public mutating func append(contentsOf mentions: some Sequence<Mention>) {
            for mention in mentions { append(mention) }
        }

        public func finish() -> MentionStore {
            MentionStore(storage: Storage(bytes: bytes, documentIDs: documentIDs, entityIDs: entityIDs.strings, texts: texts.strings, count: count))
        }
    }

    /// Immutable once built, so stores share it freely.
    fileprivate final class Storage: Sendable {
        let bytes: [UInt8]
        let documentIDs: [String]
        let entityIDs: [String]
        let texts: [String]
        let count: Int

        init(bytes: [UInt8], documentIDs: [String], entityIDs: [String], texts: [String], count: Int) {
            self.bytes = bytes
            self.documentIDs = documentIDs
            self.entityIDs = entityIDs
            self.texts = texts
            self.count = count
        }
    }
}

extension MentionStore: Equatable {
    public static func == (lhs: MentionStore, rhs: MentionStore) -> Bool {
        lhs.count == rhs.count && lhs.elementsEqual(rhs)
    }
}

extension MentionStore: ExpressibleByArrayLiteral {
    public init(arrayLiteral mentions: Mention...) {
        self.init(mentions)
    }
}

extension MentionStore: CustomStringConvertible {
    public var description: String { "MentionStore(\(Array(self)))" }
}
