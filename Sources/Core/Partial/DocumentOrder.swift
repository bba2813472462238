/// Where a document sits in the corpus, independent of how the corpus was split into shards:
/// the position of its input on the command line, its file's path, and its record in the file.
///
/// Sorting by it gives `newskit export`'s document order: inputs in command-line order, files
/// of a folder by path (byte order, as folders are walked), records in file order.
public struct DocumentOrder: Codable, Sendable, Hashable, Comparable {
    /// Position of the input (file, folder or `-`) in the list given to the command; 0 first.
    public var input: Int
    /// The file's path as displayed in origins (`samples/articles.jsonl`).
    public var path: String
    /// The JSONL line number, or for other files the document's position in the file (0 first).
    public var record: Int

    public init(input: Int, path: String, record: Int) {
        self.input = input
        self.path = path
        self.record = record
    }

    public static func < (lhs: DocumentOrder, rhs: DocumentOrder) -> Bool {
        if lhs.input != rhs.input { return lhs.input < rhs.input }
        if lhs.path != rhs.path { return Array(lhs.path.utf8).lexicographicallyPrecedes(Array(rhs.path.utf8)) }
        return lhs.record < rhs.record
    }

    /// The orders of the documents of `store`, read from input `input`: each document's origin
    /// path and line (or its position among the documents of that path).
    public static func orders(of store: DocumentStore, input: Int) -> [DocumentOrder] {
        var orders: [DocumentOrder] = []
        orders.reserveCapacity(store.count)
        var previousPath: String?
        var position = 0
        for header in store.headers {
            let path = header.origin?.path ?? ""
            position = path == previousPath ? position + 1 : 0
            previousPath = path
            orders.append(DocumentOrder(input: input, path: path, record: header.origin?.line ?? position))
        }
        return orders
    }
}
