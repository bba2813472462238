import CZlib

/// Inflates gzip (and zlib) data made of any number of members, as `.warc.gz` files are: one
/// member per record (ISO 28500 annex D). Owns its `z_stream`; after each member ends it resets
/// and reports where the member ended, so callers can note where the next record starts.
final class GzipInflater {
    /// A member ended after `consumed` bytes of the chunk, when `produced` bytes had come out.
    struct MemberEnd: Equatable {
        var consumed: Int
        var produced: Int
    }

    enum Failure: Error, Equatable {
        /// zlib refused the data (zlib's message); `consumed` bytes of the chunk were accepted first.
        case corrupt(message: String, consumed: Int)
        case outOfMemory
    }

    /// zlib keeps a pointer back to the stream, so it must not move: it lives on the heap.
    private let stream: UnsafeMutablePointer<z_stream>
    private var scratch = [UInt8](repeating: 0, count: 64 << 10)
    /// True between the first byte of a member and its end: input ending here is truncated.
    private(set) var insideMember = false

    /// - Throws: `Failure.outOfMemory` when zlib cannot set up.
    init() throws {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // 15 + 32: the largest window, with gzip or zlib headers detected automatically.
        guard newskit_inflateInit2(stream, 15 + 32) == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw Failure.outOfMemory
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Inflates all of `input`, appending to `output`; returns where members ended in it.
    /// - Throws: `Failure.corrupt` when the bytes are not gzip or a member is damaged.
    func inflate(_ input: [UInt8], into output: inout [UInt8]) throws -> [MemberEnd] {
        var ends: [MemberEnd] = []
        let startCount = output.count
        try input.withUnsafeBufferPointer { inBuffer in
            guard let base = inBuffer.baseAddress else { return }
            stream.pointee.next_in = UnsafeMutablePointer(mutating: base)
            stream.pointee.avail_in = UInt32(inBuffer.count)
            while true {
                let before = stream.pointee.avail_in
                let (status, filled) = try step(into: &output)
                let consumed = inBuffer.count - Int(stream.pointee.avail_in)
                if stream.pointee.avail_in < before { insideMember = true }
                if status == Z_STREAM_END {
                    ends.append(MemberEnd(consumed: consumed, produced: output.count - startCount))
                    insideMember = false
                    inflateReset(stream)
                } else if status != Z_OK && status != Z_BUF_ERROR {
                    throw Failure.corrupt(message: message(status), consumed: consumed)
                }
                // A full output buffer may leave output inside zlib even when all input is in.
                if stream.pointee.avail_in == 0 && !filled { break }
                if status == Z_BUF_ERROR && !filled { break }
            }
        }
        return ends
    }

    /// One call to zlib's inflate into the scratch buffer, its output appended.
    private func step(into output: inout [UInt8]) throws -> (status: Int32, filled: Bool) {
        let capacity = scratch.count
        let (status, produced) = scratch.withUnsafeMutableBufferPointer { outBuffer -> (Int32, Int) in
            stream.pointee.next_out = outBuffer.baseAddress
            stream.pointee.avail_out = UInt32(capacity)
            let status = CZlib.inflate(stream, Z_NO_FLUSH)
            return (status, capacity - Int(stream.pointee.avail_out))
        }
        if status == Z_MEM_ERROR { throw Failure.outOfMemory }
        output.append(contentsOf: scratch[0..<produced])
        return (status, produced == capacity)
    }

    private func message(_ status: Int32) -> String {
        if let text = stream.pointee.msg { return String(cString: text) }
        return "zlib status \(status)"
    }

    /// Inflates a whole gzip or zlib body at once (HTTP `Content-Encoding: gzip`/`deflate`).
    /// - Throws: `Failure` when the body is damaged or incomplete.
    static func inflateAll(_ data: [UInt8]) throws -> [UInt8] {
        let inflater = try GzipInflater()
        var output: [UInt8] = []
        _ = try inflater.inflate(data, into: &output)
        if inflater.insideMember { throw Failure.corrupt(message: "the compressed body ends early", consumed: data.count) }
        return output
    }
}
