/// Sorts any number of 64-bit values in bounded memory: the classic external merge sort.
///
/// Values collect in a buffer of `runCapacity` values. A full buffer is sorted in place and
/// written to a `ScratchFile` as a run; `forEachSorted` then merges the runs with a min-heap,
/// reading each run back in chunks of `chunkCapacity` values. So memory stays at
/// `runCapacity` values while appending and `runs × chunkCapacity` values while merging,
/// whatever the corpus size; a corpus whose values fit in one buffer never touches the disk.
///
/// Why hand-written: the standard library has no external sort, and the one step that needs it
/// (the EPUB's near-duplicate postings and candidate pairs) only ever sorts `UInt64`, so a
/// small, specialised merge is clearer than a general framework.
public final class ExternalSorter {
    /// Values kept in memory before a run is written out (256 Ki values = 2 MiB; the buffer
    /// grows by doubling up to there, so its peak is 3 MiB).
    public static let defaultRunCapacity = 1 << 18
    /// Values read from a run at a time while merging (8 Ki values = 64 KiB).
    static let chunkCapacity = 1 << 13

    private let name: String
    private let runCapacity: Int
    private var buffer: [UInt64] = []
    private var runs: [Range<Int64>] = []
    private var scratch: ScratchFile?
    /// How many values were appended.
    public private(set) var count = 0
    /// How many runs went to disk (0 when everything fit in memory).
    public var spilledRuns: Int { runs.count }

    /// - Parameters:
    ///   - name: a word for the temporary file's name (`postings`, `pairs`).
    ///   - runCapacity: values held in memory before a run is written to disk.
    public init(name: String, runCapacity: Int = defaultRunCapacity) {
        self.name = name
        self.runCapacity = max(runCapacity, 2)
    }

    /// Adds `value`.
    /// - Throws: `ExportError.writeFailed` when a run cannot be written to the temporary folder.
    public func append(_ value: UInt64) throws {
        if buffer.count >= runCapacity { try spill() }
        if buffer.isEmpty { buffer.reserveCapacity(min(runCapacity, 1 << 12)) }
        buffer.append(value)
        count += 1
    }

    /// Calls `body` with every value appended so far, in ascending order (repeats included).
    /// The values stay: a later call sees them again, with any appended in between.
    /// - Throws: what `body` throws, or `ExportError.writeFailed` when a run cannot be read back.
    public func forEachSorted(_ body: (UInt64) throws -> Void) throws {
        if runs.isEmpty {
            buffer.heapSort(by: <)
            for value in buffer { try body(value) }
            return
        }
        if !buffer.isEmpty { try spill() }
        buffer = []  // all on disk now: free the run buffer for the merge
        guard let scratch else { return }
        var cursors = runs.map { RunCursor(range: $0) }
        for index in cursors.indices { try cursors[index].refill(from: scratch) }
        var heap = MergeHeap(cursors: cursors)
        while let value = try heap.popSmallest(from: scratch) { try body(value) }
    }

    private func spill() throws {
        buffer.heapSort(by: <)
        let file = try scratch ?? ScratchFile(name: name)
        scratch = file
        runs.append(try buffer.withUnsafeBytes { try file.append($0) })
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Where the merge stands in one run on disk.
private struct RunCursor {
    var range: Range<Int64>
    var chunk: [UInt64] = []
    var position = 0

    var current: UInt64? { position < chunk.count ? chunk[position] : nil }

    /// Reads the run's next chunk (empty at the run's end).
    mutating func refill(from file: ScratchFile) throws {
        let values = min(Int(range.count) / 8, ExternalSorter.chunkCapacity)
        chunk = [UInt64](repeating: 0, count: values)
        position = 0
        guard values > 0 else { return }
        let bytes = range.lowerBound..<(range.lowerBound + Int64(values * 8))
        try chunk.withUnsafeMutableBytes { try file.read(bytes, into: $0) }
        range = bytes.upperBound..<range.upperBound
    }

    mutating func advance(in file: ScratchFile) throws {
        position += 1
        if position >= chunk.count { try refill(from: file) }
    }
}

/// A binary min-heap of run cursors, keyed by each cursor's current value.
private struct MergeHeap {
    private var cursors: [RunCursor]

    init(cursors: [RunCursor]) {
        self.cursors = cursors.filter { $0.current != nil }
        for start in stride(from: self.cursors.count / 2 - 1, through: 0, by: -1) { siftDown(start) }
    }

    /// The smallest current value of all runs, after which that run moves on; nil when all are done.
    mutating func popSmallest(from file: ScratchFile) throws -> UInt64? {
        guard let value = cursors.first?.current else { return nil }
        try cursors[0].advance(in: file)
        if cursors[0].current == nil {
            cursors.swapAt(0, cursors.count - 1)
            cursors.removeLast()
        }
        siftDown(0)
        return value
    }

    private mutating func siftDown(_ start: Int) {
        var root = start
        while true {
            var child = 2 * root + 1
            guard child < cursors.count else { return }
            if child + 1 < cursors.count, key(child + 1) < key(child) { child += 1 }
            guard key(child) < key(root) else { return }
            cursors.swapAt(root, child)
            root = child
        }
    }

    private func key(_ index: Int) -> UInt64 { cursors[index].current ?? .max }
}

extension Array {
    /// Sorts in place with no extra memory (not stable; equal elements may swap). The standard
    /// library's sort is a merge sort that allocates half the array again.
    public mutating func heapSort(by areInIncreasingOrder: (Element, Element) -> Bool) {
        guard count > 1 else { return }
        withUnsafeMutableBufferPointer { buffer in
            func siftDown(_ start: Int, _ end: Int) {
                var root = start
                while true {
                    var child = 2 * root + 1
                    guard child < end else { return }
                    if child + 1 < end && areInIncreasingOrder(buffer[child], buffer[child + 1]) { child += 1 }
                    guard areInIncreasingOrder(buffer[root], buffer[child]) else { return }
                    buffer.swapAt(root, child)
                    root = child
                }
            }
            for start in stride(from: buffer.count / 2 - 1, through: 0, by: -1) { siftDown(start, buffer.count) }
            for end in stride(from: buffer.count - 1, to: 0, by: -1) {
                buffer.swapAt(0, end)
                siftDown(0, end)
            }
        }
    }
}
