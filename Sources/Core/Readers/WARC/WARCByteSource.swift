import Foundation

/// The bytes of a WARC file, plain or gzipped, read forwards in chunks: the whole file is never
/// in memory. Positions count bytes of the (decompressed) record stream; for gzipped files the
/// source also remembers where in the file each gzip member starts, so a record that starts a
/// member can be read again later from that file offset alone.
final class WARCByteSource {
    let displayPath: String
    let isGzip: Bool
    /// Decompressed offset of the next unread byte.
    private(set) var position: UInt64
    private let handle: FileHandle?
    private var pendingData: Data?
    private let inflater: GzipInflater?
    private var buffer: [UInt8] = []
    private var bufferStart = 0
    /// File offset of the next compressed byte to read.
    private var fileOffset: UInt64
    /// (decompressed position, file offset) of member starts not yet passed.
    private var memberStarts: [(position: UInt64, fileOffset: UInt64)] = []
    private var exhausted = false

    /// Bytes read from the file at a time.
    static let defaultChunkSize = 256 << 10
    private let chunkSize: Int

    /// Opens `input` at file offset `offset` (0, or where a record's member or bytes start).
    /// - Throws: `ReadError` when the file cannot be opened.
    init(_ input: Input, offset: UInt64 = 0, chunkSize: Int = WARCByteSource.defaultChunkSize) throws {
        displayPath = input.displayPath
        self.chunkSize = max(1, chunkSize)
        fileOffset = offset
        position = 0
        if let data = input.data {
            handle = nil
            pendingData = data.dropFirst(Int(offset))
        } else {
            guard let url = input.url else { throw ReadError.missingInput(path: input.displayPath) }
            do {
                let opened = try FileHandle(forReadingFrom: url)
                try opened.seek(toOffset: offset)
                handle = opened
            } catch {
                throw ReadError.unreadable(path: input.displayPath, reason: InputBytes.reason(error))
            }
        }
        let magic = try WARCByteSource.peek(handle: handle, data: pendingData, count: 2)
        isGzip = magic == [0x1F, 0x8B]
        inflater = isGzip ? try WARCByteSource.makeInflater(displayPath) : nil
        if isGzip { memberStarts = [(0, offset)] }
    }

    deinit { try? handle?.close() }

    /// The file offset to reopen at to read the record starting at decompressed `start`, or nil
    /// when that record does not start a gzip member (a file compressed as one stream).
    func reopenOffset(forRecordAt start: UInt64, baseOffset: UInt64) -> UInt64? {
        guard isGzip else { return baseOffset + start }
        return memberStarts.first { $0.position == start }?.fileOffset
    }

    /// The next line without its CR LF (or LF), or nil at the end of the stream.
    /// - Throws: `ReadError.invalidInput` for a line longer than `limit` bytes.
    func readLine(limit: Int = 64 << 10) throws -> [UInt8]? {
        var scanned = 0
        while true {
            let searchFrom = bufferStart + scanned
            if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
                var line = Array(buffer[bufferStart..<newline])
                if line.last == 0x0D { line.removeLast() }
                consume(newline + 1 - bufferStart)
                return line
            }
            guard buffer.count - bufferStart <= limit else {
                throw ReadError.invalidInput(location: "\(displayPath): byte \(position)", reason: "a header line longer than \(limit) bytes: this is not a WARC record header. Check the file, or pass --skip-invalid to keep the records before it.")
            }
            // Relative: fill() may move the unread bytes to the front of the buffer.
            scanned = buffer.count - bufferStart
            if try !fill() {
                guard bufferStart < buffer.count else { return nil }
                let line = Array(buffer[bufferStart...])
                consume(line.count)
                return line
            }
        }
    }

    /// Exactly `count` bytes, or fewer when the stream ends first (the caller reports truncation).
    func read(upTo count: Int) throws -> [UInt8] {
        while buffer.count - bufferStart < count, try fill() {}
        let available = min(count, buffer.count - bufferStart)
        let bytes = Array(buffer[bufferStart..<(bufferStart + available)])
        consume(available)
        return bytes
    }

    /// Skips `count` bytes; returns how many were there to skip.
    func skip(_ count: UInt64) throws -> UInt64 {
        var remaining = count
        while remaining > 0 {
            if bufferStart == buffer.count, try !fill() { break }
            let step = min(remaining, UInt64(buffer.count - bufferStart))
            consume(Int(step))
            remaining -= step
        }
        return count - remaining
    }

    /// The next byte without consuming it, or nil at the end.
    func peekByte() throws -> UInt8? {
        if bufferStart == buffer.count, try !fill() { return nil }
        return buffer[bufferStart]
    }

    private func consume(_ count: Int) {
        bufferStart += count
        position += UInt64(count)
        if let first = memberStarts.first, first.position < position {
            memberStarts.removeAll { $0.position < position }
        }
    }

    /// Reads the next chunk into the buffer; false at the end of the file.
    private func fill() throws -> Bool {
        if bufferStart > 0 && bufferStart == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            bufferStart = 0
        } else if bufferStart > buffer.count / 2 {
            buffer.removeFirst(bufferStart)
            bufferStart = 0
        }
        while !exhausted {
            let chunk = try readChunk()
            guard !chunk.isEmpty else {
                exhausted = true
                if inflater?.insideMember == true {
                    throw ReadError.invalidInput(location: "\(displayPath): byte \(fileOffset)", reason: "the gzip data ends in the middle of a member: the file is truncated. Pass --skip-invalid to keep the records before it.")
                }
                return false
            }
            let before = buffer.count
            try append(chunk)
            fileOffset += UInt64(chunk.count)
            if buffer.count > before { return true }
        }
        return false
    }

    private func append(_ chunk: [UInt8]) throws {
        guard let inflater else {
            buffer.append(contentsOf: chunk)
            return
        }
        let chunkOffset = fileOffset
        let producedBase = position + UInt64(buffer.count - bufferStart)
        do {
            for end in try inflater.inflate(chunk, into: &buffer) {
                memberStarts.append((producedBase + UInt64(end.produced), chunkOffset + UInt64(end.consumed)))
            }
        } catch GzipInflater.Failure.corrupt(let message, let consumed) {
            throw ReadError.invalidInput(location: "\(displayPath): byte \(chunkOffset + UInt64(consumed))", reason: "damaged gzip data (\(message)). Pass --skip-invalid to keep the records before it.")
        }
    }

    private func readChunk() throws -> [UInt8] {
        if var data = pendingData {
            let chunk = Array(data.prefix(chunkSize))
            data = data.dropFirst(chunk.count)
            pendingData = data
            return chunk
        }
        guard let handle else { return [] }
        do {
            return Array(try handle.read(upToCount: chunkSize) ?? Data())
        } catch {
            throw ReadError.unreadable(path: displayPath, reason: InputBytes.reason(error))
        }
    }

    private static func peek(handle: FileHandle?, data: Data?, count: Int) throws -> [UInt8] {
        if let data { return Array(data.prefix(count)) }
        guard let handle else { return [] }
        let offset = try handle.offset()
        let bytes = try handle.read(upToCount: count) ?? Data()
        try handle.seek(toOffset: offset)
        return Array(bytes)
    }

    private static func makeInflater(_ displayPath: String) throws -> GzipInflater {
        do {
            return try GzipInflater()
        } catch {
            throw ReadError.unreadable(path: displayPath, reason: "zlib could not start (out of memory)")
        }
    }
}
