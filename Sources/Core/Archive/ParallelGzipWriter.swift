import Foundation

/// Compresses a byte stream into gzip (RFC 1952) on several threads, as a series of
/// independent members, with output that depends only on the input and the level.
///
/// Why not libarchive's gzip filter: it runs zlib on the calling thread only, so a bundle's
/// compression (nearly all of the writer's CPU) could use one core of many. This is BGZF's
/// scheme (the blocked gzip of htslib and `bgzip`, which also compresses with libdeflate), with
/// bigger blocks:
/// - the input is cut every `blockSize` bytes (1 MiB), whatever the sizes of the `write` calls;
/// - each block becomes one whole gzip member (`MemberDeflater`: libdeflate, fixed header, its
///   own CRC-32 and length), on whichever thread is free;
/// - members are written in input order. RFC 1952 §2.2 makes a gzip file a series of members,
///   and gzip, GNU tar, bsdtar (libarchive), Python's gzip and tarfile and newskit's reader
///   decompress them as one stream.
///
/// A member's bytes are a function of its block and the level alone, so the output does not
/// depend on the number of threads or on timing: `threads` only changes the speed. pigz's
/// alternative (one member, each block primed with the 32 KiB before it) needs zlib's streaming
/// deflate, which is 2–3 times slower on text than libdeflate at the same level; with 1 MiB
/// blocks the lost cross-block matches cost less than libdeflate's better parsing gains (sizes
/// in docs/bundles.md). Independent members also mean a tar.gz can be written in slices by
/// different processes and concatenated (docs/bundles.md, "Writing a bundle in slices").
///
/// At most `2 × threads` blocks are in flight (queued, compressing or waiting to be written), so
/// memory stays flat whatever the input size. With `threads` 1 every block is compressed on the
/// calling thread. Worker threads are joined by `finish()`, on the first failure, and in `deinit`.
public final class ParallelGzipWriter {
    /// Bytes of input per block and member.
    public static let blockSize = 1 << 20

    private let sink: any ByteSink
    private let name: String
    private let level: Int
    private let blockSize: Int
    /// The compressing threads; nil when compressing on the calling thread.
    private var workers: DeflateWorkers?
    private let window: Int
    /// Only when `workers` is nil.
    private var deflater: MemberDeflater?
    private var current: [UInt8] = []
    private var inFlight: [GzipBlock] = []
    /// Whether any member was written (an empty input still gets one, empty, member).
    private var wroteMember = false
    private var state = State.open

    private enum State {
        case open, finished
        case failed(any Error)
    }

    /// Starts the compressing threads; nothing is written until the first block is compressed.
    /// - Parameters:
    ///   - name: the archive's name for error messages.
    ///   - level: 1 (fastest) to 9 (smallest); values outside are clamped.
    ///   - threads: compressing threads; 1 compresses on the calling thread. Changes no byte of the
    ///     output. More than 4 per core buys nothing, so it is capped there (each thread holds
    ///     ~3 MB: its libdeflate state and two blocks in flight).
    ///   - blockSize: bytes of input per block; tests make it small, the default is pigz's.
    /// - Throws: `ArchiveError.compression` when libdeflate cannot start.
    public init(sink: any ByteSink, name: String, level: Int = 6, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                blockSize: Int = ParallelGzipWriter.blockSize) throws {
        self.sink = sink
        self.name = name
        self.level = min(max(level, 1), 9)
        self.blockSize = max(blockSize, 1)
        let threads = min(max(threads, 1), 4 * max(ProcessInfo.processInfo.activeProcessorCount, 1))
        self.window = 2 * threads
        if threads > 1 {
            let workers = DeflateWorkers(count: threads, level: self.level, archive: name)
            // No thread could be started: compress here instead (the bytes are the same).
            self.workers = workers.isEmpty ? nil : workers
        }
        if workers == nil { deflater = try MemberDeflater(level: self.level, archive: name) }
        current.reserveCapacity(self.blockSize)
    }

    deinit { workers?.stop() }

    /// Compresses `bytes` after everything written before.
    /// - Throws: the sink's error, `ArchiveError.compression`, or the first failure again after one.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        try checkOpen()
        var rest = bytes[...]
        while !rest.isEmpty {
            let take = min(rest.count, blockSize - current.count)
            current.append(contentsOf: UnsafeRawBufferPointer(rebasing: rest.prefix(take)))
            rest = rest.dropFirst(take)
            if current.count == blockSize { try failing { try submit() } }
        }
    }

    /// Compresses the last block, writes everything still in flight and joins the threads. Does not
    /// flush the sink. A second call does nothing.
    /// - Throws: as `write`.
    public func finish() throws {
        if case .finished = state { return }
        try checkOpen()
        try failing {
            if !current.isEmpty || (!wroteMember && inFlight.isEmpty) { try submit() }
            while !inFlight.isEmpty { try writeOldest(waiting: true) }
        }
        workers?.stop()
        state = .finished
    }

    /// Sends `current` to be compressed, first writing out the oldest blocks when the window is full.
    private func submit() throws {
        let block = GzipBlock(input: current)
        current = []
        current.reserveCapacity(blockSize)
        guard let workers else {
            guard let deflater else { return }
            try emit(block, block.compress(with: deflater))
            return
        }
        while inFlight.count >= window { try writeOldest(waiting: true) }
        workers.submit(block)
        inFlight.append(block)
        // Write whatever is already done, so the sink keeps up without waiting.
        while try writeOldest(waiting: false) {}
    }

    /// Writes the oldest block in flight if it is done (or once it is, when `waiting`); returns
    /// whether it wrote one.
    @discardableResult
    private func writeOldest(waiting: Bool) throws -> Bool {
        guard let workers, let oldest = inFlight.first else { return false }
        guard let output = waiting ? workers.wait(for: oldest) : workers.result(of: oldest) else { return false }
        inFlight.removeFirst()
        try emit(oldest, output)
        return true
    }

    /// Appends one compressed block, a whole gzip member, to the sink.
    private func emit(_ block: GzipBlock, _ output: Result<[UInt8], any Error>) throws {
        try sink.write(try output.get())
        wroteMember = true
    }

    private func checkOpen() throws {
        switch state {
        case .open: return
        case .failed(let error): throw error
        case .finished: throw ArchiveError.compression(archive: name, call: "write", status: 0, message: "the gzip stream is already finished")
        }
    }

    /// The compressing threads' shared state, for tests; nil when compressing on the calling thread.
    var workerQueue: DeflateWorkers.Queue? { workers?.queue }

    /// Compressing threads still running: 0 after `finish()` or a failure.
    var liveThreads: Int { workerQueue?.live ?? 0 }

    /// Runs `body`; on failure, stops the threads and keeps the error for any later call.
    private func failing(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            state = .failed(error)
            workers?.stop()
            inFlight.removeAll()
            throw error
        }
    }
}
