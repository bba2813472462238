import CZlib

/// gzip compression through zlib, for the tagger model. The header zlib writes has no file
/// name and a zero timestamp, so the same bytes in give the same bytes out.
enum Gzip {
    /// Compresses `bytes` into a gzip member at level 9.
    static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard newskit_deflateInit2(&stream, 9, 15 + 16, 9) == Z_OK else { throw TaggerError.compression(reason: "deflateInit2") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 64)
        var input = bytes
        let status = input.withUnsafeMutableBufferPointer { inPtr in
            output.withUnsafeMutableBufferPointer { outPtr in
                stream.next_in = inPtr.baseAddress
                stream.avail_in = UInt32(inPtr.count)
                stream.next_out = outPtr.baseAddress
                stream.avail_out = UInt32(outPtr.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw TaggerError.compression(reason: "deflate returned \(status)") }
        return Array(output.prefix(Int(stream.total_out)))
    }

    /// Decompresses a gzip member (or zlib stream) in full.
    static func decompress(_ bytes: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard newskit_inflateInit2(&stream, 15 + 32) == Z_OK else { throw TaggerError.compression(reason: "inflateInit2") }
        defer { inflateEnd(&stream) }
        var input = bytes
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        var status: Int32 = Z_OK
        try input.withUnsafeMutableBufferPointer { inPtr in
            stream.next_in = inPtr.baseAddress
            stream.avail_in = UInt32(inPtr.count)
            while status != Z_STREAM_END {
                let produced = chunk.withUnsafeMutableBufferPointer { outPtr -> Int in
                    stream.next_out = outPtr.baseAddress
                    stream.avail_out = UInt32(outPtr.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return outPtr.count - Int(stream.avail_out)
                }
                result.append(contentsOf: chunk[..<produced])
                if status != Z_OK && status != Z_STREAM_END {
                    throw TaggerError.compression(reason: "inflate returned \(status)")
                }
                if status == Z_OK && produced == 0 && stream.avail_in == 0 {
                    throw TaggerError.compression(reason: "truncated input")
                }
            }
        }
        return result
    }
}
