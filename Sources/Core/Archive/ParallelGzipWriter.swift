import CZlib
import Foundation

/// Compresses a byte stream into one gzip member (RFC 1952) on several threads, pigz's way,
/// with output that depends only on the input and the level.
///
/// Why not libarchive's gzip filter: it runs zlib on the calling thread only, so a bundle's
/// compression (nearly all of the writer's CPU) could use one core of many. This type is
/// hand-written on zlib the way pigz is (github.com/madler/pigz, `pigz.c`):
/// - the input is cut every `blockSize` bytes (128 KiB, pigz's default), whatever the sizes of
///   the `write` calls;
/// - each block is raw-deflated on its own (windowBits -15, memLevel 8, default strategy), its
///   stream primed with the last 32 KiB of the block before (`deflateSetDictionary`) so matches
///   still reach back across the cut, and ended with `Z_SYNC_FLUSH` (the last block: `Z_FINISH`),
///   which ends each on a byte boundary so the pieces concatenate into one deflate stream;
/// - the CRC-32 of each block is computed with it and joined in order with `crc32_combine`.
///
/// A block's bytes are a function of its input, its dictionary and the level alone, and blocks are
/// written in input order, so the output does not depend on the number of threads or on timing:
/// `threads` only changes the speed. The header is fixed (no name, MTIME 0, XFL as gzip sets it for
/// the level, OS 3 = Unix). The cost of the cuts is a slightly larger output than one gzip stream
/// (a few bytes of flush marker per block, and matches cannot start before the 32 KiB window).
///
/// At most `2 × threads` blocks are in flight (queued, compressing or waiting to be written), so
/// memory stays flat whatever the input size. With `threads` 1 every block is compressed on the
/// calling thread. Worker threads are joined by `finish()`, on the first failure, and in `deinit`.
public final class ParallelGzipWriter {
    /// Bytes of input per block: pigz's default (`-b 128`).
    public static let blockSize = 128 * 1024
    /// The deflate window: how much of the block before primes each block.
    static let dictionarySize = 32 * 1024

    private let sink: any ByteSink
    private let name: String
    private let level: Int
    private let blockSize: Int
    /// The compressing threads; nil when compressing on the calling thread.
    private var workers: DeflateWorkers?
    private let window: Int
    /// Only when `workers` is nil.
    private var deflater: RawDeflater?
    private var current: [UInt8] = []
    private var previous: [UInt8] = []
    private var inFlight: [GzipBlock] = []
    private var crc: UInt = 0
    private var length: UInt64 = 0
    private var headerWritten = false
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
    ///     ~0.8 MB: its zlib state and two blocks in flight).
    ///   - blockSize: bytes of input per block; tests make it small, the default is pigz's.
    /// - Throws: `ArchiveError.compression` when zlib cannot start.
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
        if workers == nil { deflater = try RawDeflater(level: self.level, archive: name) }
        current.reserveCapacity(self.blockSize)
    }

    deinit { workers?.stop() }

    /// Compresses `bytes` after everything written before.
    /// - Throws: the sink's error, `ArchiveError.compression`, or the first failure again after one.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        try checkOpen()
        var rest = bytes[...]
        while !rest.isEmpty {
            // A full block is sent on only when more input arrives: the last block must end the stream.
            if current.count == blockSize { try failing { try submit(last: false) } }
            let take = min(rest.count, blockSize - current.count)
            current.append(contentsOf: UnsafeRawBufferPointer(rebasing: rest.prefix(take)))
            rest = rest.dropFirst(take)
        }
    }

    /// Compresses the last block, writes everything still in flight and the trailer (CRC-32 and
    /// length mod 2^32), and joins the threads. Does not flush the sink. A second call does nothing.
    /// - Throws: as `write`.
    public func finish() throws {
        if case .finished = state { return }
        try checkOpen()
        try failing {
            try submit(last: true)
            while !inFlight.isEmpty { try writeOldest(waiting: true) }
            var trailer: [UInt8] = []
            trailer.appendLittleEndian(UInt32(truncatingIfNeeded: crc))
            trailer.appendLittleEndian(UInt32(truncatingIfNeeded: length))
            try sink.write(trailer)
        }
        workers?.stop()
        state = .finished
    }

    /// Sends `current` to be compressed, first writing out the oldest blocks when the window is full.
    private func submit(last: Bool) throws {
        let block = GzipBlock(input: current, dictionary: previous, last: last)
        previous = current
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

    /// Appends one compressed block (after the header, for the first) to the sink, and its input
    /// to the CRC and length.
    private func emit(_ block: GzipBlock, _ output: Result<RawDeflater.Output, any Error>) throws {
        let compressed = try output.get()
        if !headerWritten {
            try sink.write(Self.header(level: level))
            headerWritten = true
        }
        crc = crc32_combine(crc, UInt(compressed.crc), off_t(block.input.count))
        length &+= UInt64(block.input.count)
        try sink.write(compressed.bytes)
    }

    private func checkOpen() throws {
        switch state {
        case .open: return
        case .failed(let error): throw error
        case .finished: throw ArchiveError.zlib("deflate", status: Z_STREAM_ERROR, message: "the gzip stream is already finished", archive: name)
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

    /// The 10-byte gzip header: deflate, no flags, MTIME 0, XFL as zlib's gzip sets it
    /// (2: level 9, 4: level 1, else 0), OS 3 (Unix).
    static func header(level: Int) -> [UInt8] {
        let extraFlags: UInt8 = level == 9 ? 2 : level == 1 ? 4 : 0
        return [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, extraFlags, 3]
    }
}

extension [UInt8] {
    fileprivate mutating func appendLittleEndian(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8(truncatingIfNeeded: value >> shift)) }
    }
}
