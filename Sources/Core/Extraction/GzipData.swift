import CZlib
import Foundation

/// Inflates gzip data (RFC 1952) with zlib, for the compressed resources extraction embeds.
enum GzipData {
    /// The decompressed bytes of `data`, or nil when `data` is not valid gzip.
    static func inflate(_ data: Data) -> Data? {
        if data.isEmpty { return nil }
        var stream = z_stream()
        // 16 + MAX_WBITS: expect a gzip header and trailer (zlib manual, inflateInit2).
        guard newskit_inflateInit2(&stream, 16 + MAX_WBITS) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output = Data()
        output.reserveCapacity(data.count * 3)
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        var status: Int32 = Z_OK
        data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            repeat {
                buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(chunk)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    output.append(out.baseAddress!, count: chunk - Int(stream.avail_out))
                }
            } while status == Z_OK
        }
        return status == Z_STREAM_END ? output : nil
    }
}
