import CZlib
import Foundation

/// Checks a whole gzip stream with zlib: every member's CRC-32 and length trailer.
///
/// libarchive's gzip reader does not check the trailer, and its tar reader stops at the
/// end-of-archive blocks, so a byte flipped inside stored (incompressible) data would pass
/// unseen. `ArchiveReader` runs this after the last entry, before it reports the end.
/// Output is only counted, never kept, and capped so trailing data cannot be a bomb.
enum GzipIntegrity {
    enum Failure: Error {
        case corrupt(String)
        case tooLarge
    }

    /// - Throws: `Failure` when the stream is damaged or inflates to more than `limit` bytes.
    static func check(_ source: ArchiveSource, limit: Int64) throws {
        var stream = z_stream()
        // 15 + 32: a window of 32 KiB, gzip or zlib header detected automatically.
        guard newskit_inflateInit2(&stream, 15 + 32) == Z_OK else { throw Failure.corrupt("zlib could not start") }
        defer { inflateEnd(&stream) }
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 16)
        defer { output.deallocate() }
        var total: Int64 = 0
        var ended = false
        try source.forEachChunk { chunk in
            guard let base = chunk.baseAddress, !chunk.isEmpty else { return }
            stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: UInt8.self))
            stream.avail_in = uInt(chunk.count)
            while stream.avail_in > 0 {
                if ended {
                    // Another gzip member may follow; anything else is trailing garbage.
                    guard stream.next_in.pointee == 0x1F else { throw Failure.corrupt("data after the end of the gzip stream") }
                    inflateReset(&stream)
                    ended = false
                }
                stream.next_out = output
                stream.avail_out = 1 << 16
                let status = inflate(&stream, Z_NO_FLUSH)
                total += Int64((1 << 16) - Int(stream.avail_out))
                guard total <= limit else { throw Failure.tooLarge }
                switch status {
                case Z_STREAM_END: ended = true
                case Z_OK, Z_BUF_ERROR: continue
                default: throw Failure.corrupt(stream.msg.map { String(cString: $0) } ?? "zlib error \(status)")
                }
            }
        }
        guard ended else { throw Failure.corrupt("the gzip stream ends early") }
    }
}
