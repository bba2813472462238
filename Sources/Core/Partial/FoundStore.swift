/// Loads what extraction found in one document again, for stores that do not keep it in memory.
///
/// Implementations must be pure (the same index gives the same value) and safe to call from
/// several threads at once.
public protocol FoundLoader: Sendable {
    func loadFound(at index: Int) throws -> DocumentEntities
}

/// What extraction found in each document of a `PartialSet`, loaded one document at a time.
///
/// A document's local entities and mentions cost about 6 KB as Swift values (strings, arrays,
/// gazetteer records), which made them the largest thing `newskit export` held: 150 MB more
/// for ten times the BBC corpus. Kept on disk (`FoundSpool`) or in the part files they came
/// from, the merge reads each once, in corpus order, and memory no longer grows with the corpus.
public struct FoundStore: Sendable {
    public let count: Int
    private let storage: Storage

    private enum Storage: Sendable {
        case memory([DocumentEntities])
        case lazy(any FoundLoader)
        case concatenated(parts: [FoundStore], starts: [Int])
    }

    /// Results held in memory.
    public init(_ found: [DocumentEntities]) {
        count = found.count
        storage = .memory(found)
    }

    /// `count` results that `loader` loads by index.
    public init(count: Int, loader: any FoundLoader) {
        self.count = count
        storage = .lazy(loader)
    }

    /// What extraction found in document `index`.
    /// - Throws: whatever the loader throws (a part file that changed, a spool that cannot be read).
    public func load(at index: Int) throws -> DocumentEntities {
        switch storage {
        case .memory(let found):
            return found[index]
        case .lazy(let loader):
            return try loader.loadFound(at: index)
        case .concatenated(let parts, let starts):
            // The last part starting at or before `index`.
            var low = 0, high = starts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if starts[mid] <= index { low = mid } else { high = mid - 1 }
            }
            return try parts[low].load(at: index - starts[low])
        }
    }

    /// The stores one after the other.
    public static func concatenating(_ stores: [FoundStore]) -> FoundStore {
        if stores.count == 1 { return stores[0] }
        var starts: [Int] = []
        var total = 0
        for store in stores {
            starts.append(total)
            total += store.count
        }
        return FoundStore(count: total, storage: .concatenated(parts: stores, starts: starts))
    }

    private init(count: Int, storage: Storage) {
        self.count = count
        self.storage = storage
    }
}
