import CZlib
import Foundation

/// Inflates a gzip (or zlib) stream read from another source, chunk by chunk, so a `.jsonl.gz`
/// goes through the line splitter without ever being decompressed whole. Concatenated gzip
/// members (as `cat a.gz b.gz` makes) are read one after the other, as `gzip -d` does.
final class GzipByteSource: ByteSource {
    private var inner: any ByteSource
    private let displayPath: String
    private var stream = z_stream()
    private var input: UnsafeMutableRawBufferPointer
    /// Compressed bytes read from `inner` so far, for messages.
    private var compressedRead = 0
    private var innerAtEnd = false
    /// True between the end of one gzip member and the start of the next (or the end of the input).
    private var betweenMembers = false
    private var initialised = false

    /// - Throws: `ReadError.invalidInput` when zlib cannot start.
    init(_ inner: any ByteSource, displayPath: String) throws {
        self.inner = inner
        self.displayPath = displayPath
        input = .allocate(byteCount: LineSplitter.chunkSize / 4, alignment: 1)
        // windowBits 15 + 32: the largest window, and detect a gzip or zlib header by itself.
        guard newskit_inflateInit2(&stream, 15 + 32) == Z_OK else {
            input.deallocate()
            throw ReadError.invalidInput(location: displayPath, reason: "zlib could not start decompressing (out of memory?)")
        }
        initialised = true
    }

    deinit {
        if initialised { inflateEnd(&stream) }
        input.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let out = buffer.baseAddress, buffer.count > 0 else { return 0 }
        stream.next_out = out.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = uInt(min(buffer.count, Int(UInt32.max)))
        while stream.avail_out > 0 {
            if stream.avail_in == 0 {
                if innerAtEnd { break }
                try refill()
                if stream.avail_in == 0 { break }
            }
            if betweenMembers {
                // More bytes after a complete member: the next member starts here.
                guard inflateReset(&stream) == Z_OK else { throw failure("zlib could not start the next gzip member") }
                betweenMembers = false
            }
            let status = inflate(&stream, Z_NO_FLUSH)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                continue
            case Z_STREAM_END:
                betweenMembers = true
            default:
                let message = stream.msg.map { String(cString: $0) } ?? "status \(status)"
                throw failure("not valid gzip data near compressed byte \(compressedRead - Int(stream.avail_in)) (zlib: \(message)). Check that the file is gzip-compressed and complete")
            }
        }
        let produced = buffer.count - Int(stream.avail_out)
        if produced == 0 && innerAtEnd && stream.avail_in == 0 && !betweenMembers && compressedRead > 0 {
            throw ReadError.truncatedGzip(path: displayPath, compressedBytes: compressedRead)
        }
        return produced
    }

    private func refill() throws {
        let count = try inner.read(into: input)
        if count == 0 {
            innerAtEnd = true
            return
        }
        compressedRead += count
        stream.next_in = input.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.avail_in = uInt(count)
    }

    private func failure(_ reason: String) -> ReadError {
        .invalidInput(location: displayPath, reason: reason + ".")
    }
}
