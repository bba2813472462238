import Foundation

/// Splits a byte stream into lines, holding at most one chunk or one line of at most `limit`
/// bytes in memory, whichever is larger: a line over the limit fails (or is skipped) as soon as
/// `limit + 2` bytes of it have been seen without a newline, so an endless line cannot exhaust memory.
///
/// Lines end at `\n`; a `\r` before it is dropped. The last line needs no `\n`.
struct LineSplitter {
    /// Bytes asked of the source per read.
    static let chunkSize = 1 << 20

    /// The longest line passed on, in bytes (without its line ending).
    var limit: Int
    /// Skip a line over the limit (calling `overlong`) instead of throwing `ReadError.lineTooLong`.
    var skipOverlong: Bool
    /// The input's name, for messages.
    var displayPath: String

    /// Calls `body` with each line's bytes (valid only during the call) and where the line sits.
    /// - Parameters:
    ///   - progress: called after each read with the bytes read so far.
    ///   - overlong: called with the number of each line skipped for its length.
    /// - Returns: the number of lines seen.
    /// - Throws: `ReadError` from the source, `ReadError.lineTooLong`, or what `body` throws.
    @discardableResult
    func forEachLine<Source: ByteSource>(
        of source: inout Source, progress: ((Int64) -> Void)? = nil, overlong: (Int) -> Void = { _ in },
        _ body: (UnsafeRawBufferPointer, LineRange) throws -> Void
    ) throws -> Int {
        var state = State(limit: limit)
        defer { state.storage.deallocate() }
        while true {
            if state.filled == state.storage.count {
                try makeRoom(&state, overlong: overlong)
            }
            let free = UnsafeMutableRawBufferPointer(rebasing: state.storage[state.filled...])
            let count = try source.read(into: free)
            if count == 0 { break }
            state.consumed += Int64(count)
            progress?(state.consumed)
            state.filled += count
            try emitCompleteLines(&state, overlong: overlong, body)
        }
        if state.filled > 0 && !state.discarding {
            try emit(0..<state.filled, &state, overlong: overlong, body)
        }
        return state.number - 1
    }

    /// The buffer and where the splitter is in the stream.
    private struct State {
        var storage: UnsafeMutableRawBufferPointer
        /// Bytes of `storage` holding data.
        var filled = 0
        /// Bytes at the start of `storage` already searched for a newline.
        var scanned = 0
        /// Offset in the stream of `storage[0]`.
        var baseOffset: UInt64 = 0
        /// Number of the line that starts at `storage[0]` (1-based).
        var number = 1
        /// True while skipping the rest of an overlong line.
        var discarding = false
        var consumed: Int64 = 0
        let maxCapacity: Int

        init(limit: Int) {
            // One chunk, or one whole line of `limit` bytes plus "\r" and one more byte to tell it is too long.
            // (Saturating: `--max-document-bytes` may be as large as Int.max.)
            let (room, overflow) = limit.addingReportingOverflow(2)
            maxCapacity = max(LineSplitter.chunkSize, overflow ? Int.max : room)
            storage = .allocate(byteCount: min(LineSplitter.chunkSize, maxCapacity), alignment: 1)
        }
    }

    /// The buffer is full of one unfinished line: grow it up to the limit, or give up on the line.
    private func makeRoom(_ state: inout State, overlong: (Int) -> Void) throws {
        if state.storage.count < state.maxCapacity {
            let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: min(state.storage.count * 2, state.maxCapacity), alignment: 1)
            bigger.copyMemory(from: UnsafeRawBufferPointer(rebasing: state.storage[..<state.filled]))
            state.storage.deallocate()
            state.storage = bigger
            return
        }
        if !state.discarding {
            guard skipOverlong else {
                throw ReadError.lineTooLong(location: "\(displayPath):\(state.number)", limit: limit)
            }
            overlong(state.number)
            state.discarding = true
        }
        state.baseOffset += UInt64(state.filled)
        state.filled = 0
        state.scanned = 0
    }

    /// Passes on every line that ends in the buffer and moves the unfinished rest to the front.
    private func emitCompleteLines(
        _ state: inout State, overlong: (Int) -> Void, _ body: (UnsafeRawBufferPointer, LineRange) throws -> Void
    ) throws {
        guard let base = state.storage.baseAddress else { return }
        var lineStart = 0
        var search = state.scanned
        while search < state.filled, let found = memchr(base + search, 0x0A, state.filled - search) {
            let end = base.distance(to: UnsafeMutableRawPointer(found))
            if state.discarding {
                state.discarding = false
                state.number += 1
            } else {
                try emit(lineStart..<end, &state, overlong: overlong, body)
            }
            lineStart = end + 1
            search = lineStart
        }
        if state.discarding {
            // Still inside an overlong line: drop what was read of it.
            state.baseOffset += UInt64(state.filled)
            state.filled = 0
        } else if lineStart > 0 {
            memmove(base, base + lineStart, state.filled - lineStart)
            state.baseOffset += UInt64(lineStart)
            state.filled -= lineStart
        }
        state.scanned = state.filled
    }

    private func emit(
        _ bounds: Range<Int>, _ state: inout State, overlong: (Int) -> Void,
        _ body: (UnsafeRawBufferPointer, LineRange) throws -> Void
    ) throws {
        var end = bounds.upperBound
        if end > bounds.lowerBound && state.storage[end - 1] == 0x0D { end -= 1 }
        let number = state.number
        state.number += 1
        guard end - bounds.lowerBound <= limit else {
            guard skipOverlong else { throw ReadError.lineTooLong(location: "\(displayPath):\(number)", limit: limit) }
            overlong(number)
            return
        }
        let line = UnsafeRawBufferPointer(rebasing: state.storage[bounds.lowerBound..<end])
        let range = LineRange(offset: state.baseOffset + UInt64(bounds.lowerBound), length: end - bounds.lowerBound, number: number)
        try body(line, range)
    }
}

/// Where one line sits in its file.
struct LineRange: Sendable {
    /// Byte offset of the line's first byte.
    var offset: UInt64
    /// Bytes in the line, without its line ending.
    var length: Int
    /// 1-based line number.
    var number: Int
}
