import CZlib

/// One zlib raw-deflate stream (no zlib or gzip framing: windowBits -15, memLevel 8, default
/// strategy) that compresses one gzip block at a time, reset between blocks.
///
/// Owns its `z_stream`: the stream lives at a fixed heap address (zlib keeps a pointer back to
/// it, so it must not move) and `deinit` ends and frees it. Not thread-safe: each compressing
/// thread has its own.
final class RawDeflater {
    /// What one block compresses to.
    struct Output {
        var bytes: [UInt8]
        /// CRC-32 of the block's uncompressed bytes.
        var crc: UInt32
    }

    private let stream: UnsafeMutablePointer<z_stream>
    private let archive: String

    /// - Parameters:
    ///   - level: 1 (fastest) to 9 (smallest).
    ///   - archive: the archive's name for error messages.
    /// - Throws: `ArchiveError.zlib` when zlib cannot start (out of memory).
    init(level: Int, archive: String) throws {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = newskit_deflateInit2(stream, Int32(level), -15, 8)
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw ArchiveError.zlib("deflateInit2", status: status, message: nil, archive: archive)
        }
        self.stream = stream
        self.archive = archive
    }

    deinit {
        deflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Compresses `input` as one stretch of a deflate stream.
    ///
    /// The stream is primed with the last 32 KiB of `dictionary` (the block before, so matches
    /// can reach back across the cut) and ends with `Z_SYNC_FLUSH`, which aligns it to a byte
    /// so the next block's output can follow directly, or with `Z_FINISH` for the last block,
    /// which marks the final deflate block. This is pigz's scheme.
    /// - Throws: `ArchiveError.zlib` when zlib reports an error.
    func compress(_ input: UnsafeRawBufferPointer, dictionary: UnsafeRawBufferPointer, last: Bool) throws -> Output {
        try check(deflateReset(stream), "deflateReset")
        let window = UnsafeRawBufferPointer(rebasing: dictionary.suffix(ParallelGzipWriter.dictionarySize))
        if let base = window.baseAddress, !window.isEmpty {
            try check(deflateSetDictionary(stream, base.assumingMemoryBound(to: Bytef.self), uInt(window.count)), "deflateSetDictionary")
        }
        // Room for the worst case plus the empty stored block a sync flush adds; grown if short.
        var bytes = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(input.count))) + 16)
        var produced = 0
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(input.count)
        while true {
            let status = bytes.withUnsafeMutableBufferPointer { out -> Int32 in
                stream.pointee.next_out = out.baseAddress.map { $0 + produced }
                stream.pointee.avail_out = uInt(out.count - produced)
                let status = deflate(stream, last ? Z_FINISH : Z_SYNC_FLUSH)
                produced = out.count - Int(stream.pointee.avail_out)
                return status
            }
            let outputFull = produced == bytes.count
            if last ? status == Z_STREAM_END : (status == Z_OK && !outputFull) { break }
            guard outputFull && (status == Z_OK || status == Z_BUF_ERROR) else {
                throw ArchiveError.zlib("deflate", status: status, message: zlibMessage ?? "stopped before the block was done", archive: archive)
            }
            bytes.append(contentsOf: repeatElement(0, count: max(bytes.count / 2, 64)))
        }
        stream.pointee.next_in = nil
        bytes.removeSubrange(produced...)
        let crc = input.baseAddress.map { crc32(0, $0.assumingMemoryBound(to: Bytef.self), uInt(input.count)) } ?? 0
        return Output(bytes: bytes, crc: UInt32(truncatingIfNeeded: crc))
    }

    private func check(_ status: Int32, _ call: String) throws {
        guard status != Z_OK else { return }
        throw ArchiveError.zlib(call, status: status, message: zlibMessage, archive: archive)
    }

    /// zlib's own words for its last error, when it has any.
    private var zlibMessage: String? { stream.pointee.msg.map { String(cString: $0) } }
}
