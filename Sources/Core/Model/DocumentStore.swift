import Foundation

/// The summary of a document that stays in memory while its body may not.
public struct DocumentHeader: Sendable, Equatable {
    public var id: String
    public var title: String?
    public var date: String?
    public var source: String?
    public var url: String?
    public var origin: Origin?
    public var wordCount: Int

    public init(id: String, title: String?, date: String?, source: String?, url: String?, origin: Origin?, wordCount: Int) {
        self.id = id
        self.title = title
        self.date = date
        self.source = source
        self.url = url
        self.origin = origin
        self.wordCount = wordCount
    }

    public init(_ document: Document) {
        id = document.id
        title = document.title
        date = document.date
        source = document.source
        url = document.url
        origin = document.origin
        wordCount = document.wordCount
    }
}

/// Loads a document's full body again, for stores that keep only headers in memory.
///
/// Implementations must be pure (the same reference gives the same document) and safe to call
/// from several threads at once: extraction loads documents in parallel.
public protocol DocumentLoader: Sendable {
    func loadDocument(at index: Int) throws -> Document
}

/// An ordered, indexable collection of documents whose bodies may be loaded on demand.
public struct DocumentStore: Sendable {
    /// One header per document, packed (see `HeaderTable`).
    public let headers: HeaderTable
    fileprivate let storage: Storage

    fileprivate enum Storage: Sendable {
        case memory([Document])
        case lazy(any DocumentLoader)

        /// The body at `index`, without the header checks `DocumentStore.document(at:)` makes.
        func load(at index: Int) throws -> Document {
            switch self {
            case .memory(let documents): documents[index]
            case .lazy(let loader): try loader.loadDocument(at: index)
            }
        }
    }

    /// Documents held in memory.
    public init(_ documents: [Document]) {
        headers = HeaderTable(documents.lazy.map(DocumentHeader.init))
        storage = .memory(documents)
    }

    /// Documents whose bodies `loader` loads by index; `headers[i]` describes document `i`.
    public init(headers: HeaderTable, loader: any DocumentLoader) {
        self.headers = headers
        storage = .lazy(loader)
    }

    /// Documents whose bodies `loader` loads by index; `headers[i]` describes document `i`.
    public init(headers: [DocumentHeader], loader: any DocumentLoader) {
        self.init(headers: HeaderTable(headers), loader: loader)
    }

    public var count: Int { headers.count }
    public var isEmpty: Bool { headers.isEmpty }

    /// The document at `index`, loading its body when it is not in memory.
    /// - Throws: `ReadError` when the input changed or vanished since it was first read.
    public func document(at index: Int) throws -> Document {
        switch storage {
        case .memory(let documents):
            return documents[index]
        case .lazy(let loader):
            // Headers are authoritative for ids: the reader may have renamed a duplicate.
            var document = try loader.loadDocument(at: index)
            if let expected = headers[index].origin, document.origin?.sha256 != expected.sha256 {
                throw ReadError.changedSinceRead(path: expected.path)
            }
            document.id = headers[index].id
            return document
        }
    }

    /// Calls `body` with each document in order, holding one body in memory at a time.
    public func forEach(_ body: (Document) throws -> Void) throws {
        for index in headers.indices {
            try body(try document(at: index))
        }
    }

    /// Every document, loaded into memory.
    public func loadAll() throws -> [Document] {
        switch storage {
        case .memory(let documents): documents
        case .lazy: try headers.indices.map { try document(at: $0) }
        }
    }

    /// Concatenates stores, keeping each one's loading strategy.
    public static func concatenating(_ stores: [DocumentStore]) -> DocumentStore {
        if stores.count == 1 { return stores[0] }
        var headers = HeaderTable.Builder()
        for store in stores { headers.append(contentsOf: store.headers) }
        return DocumentStore(headers: headers.finish(), loader: ConcatenatedLoader(stores: stores))
    }

    /// The documents at `indices`, in that order.
    public func selecting(_ indices: [Int]) -> DocumentStore {
        if indices.count == count && indices.elementsEqual(headers.indices) { return self }
        switch storage {
        case .memory(let documents):
            return DocumentStore(indices.map { documents[$0] })
        case .lazy:
            return DocumentStore(headers: HeaderTable(indices.lazy.map { headers[$0] }), loader: SubsetLoader(store: self, indices: indices))
        }
    }

    /// The same documents under new ids (`ids[i]` for document `i`).
    public func renamed(_ ids: [String]) -> DocumentStore {
        if ids.elementsEqual(headers.lazy.map(\.id)) { return self }
        switch storage {
        case .memory(let documents):
            var renamed = documents
            for index in renamed.indices { renamed[index].id = ids[index] }
            return DocumentStore(renamed)
        case .lazy(let loader):
            return DocumentStore(headers: headers.renamed(ids), loader: loader)
        }
    }
}

/// Loads from whichever of several stores holds the index. It keeps only the stores' bodies:
/// their headers are already in the concatenated store, which checks each loaded document
/// against them (keeping both copies cost about 0.4 KB per document).
private struct ConcatenatedLoader: DocumentLoader {
    let parts: [DocumentStore.Storage]
    let starts: [Int]

    init(stores: [DocumentStore]) {
        parts = stores.map(\.storage)
        var starts: [Int] = []
        var total = 0
        for store in stores {
            starts.append(total)
            total += store.count
        }
        self.starts = starts
    }

    func loadDocument(at index: Int) throws -> Document {
        // Binary search for the last store starting at or before `index`.
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return try parts[low].load(at: index - starts[low])
    }
}

/// Loads the selected documents of another store.
private struct SubsetLoader: DocumentLoader {
    let store: DocumentStore
    let indices: [Int]

    func loadDocument(at index: Int) throws -> Document {
        try store.document(at: indices[index])
    }
}
