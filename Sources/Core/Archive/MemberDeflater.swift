import CDeflate

/// Compresses one `GzipBlock` into one whole gzip member (RFC 1952): a fixed 10-byte header,
/// the block raw-deflated by libdeflate, its CRC-32 and length.
///
/// Why libdeflate and not zlib: a block is a whole buffer, which is the case libdeflate is built
/// for, and at the same level it compresses the bundle's text 2–3 times faster than zlib's
/// streaming deflate, to about the same size (figures in docs/bundles.md). It has no preset
/// dictionary, so each member stands alone; that is what lets any reader (and any writer, such
/// as a Spark partition) start at a member. Owns its compressor; not thread-safe: each
/// compressing thread has its own.
final class MemberDeflater {
    private let compressor: OpaquePointer
    private let level: Int
    private let archive: String

    /// - Parameters:
    ///   - level: 1 (fastest) to 9 (smallest).
    ///   - archive: the archive's name for error messages.
    /// - Throws: `ArchiveError.compression` when libdeflate cannot start (out of memory).
    init(level: Int, archive: String) throws {
        guard let compressor = libdeflate_alloc_compressor(Int32(level)) else {
            throw ArchiveError.compression(archive: archive, call: "libdeflate_alloc_compressor", status: 0, message: "out of memory")
        }
        self.compressor = compressor
        self.level = level
        self.archive = archive
    }

    deinit { libdeflate_free_compressor(compressor) }

    /// `input` as one gzip member. The bytes depend only on `input`, the level and libdeflate's
    /// version.
    /// - Throws: `ArchiveError.compression` if libdeflate reports no room (it cannot, with the
    ///   bound it gives; checked all the same).
    func member(_ input: UnsafeRawBufferPointer) throws -> [UInt8] {
        let header = MemberDeflater.header(level: level)
        let bound = libdeflate_deflate_compress_bound(compressor, input.count)
        var bytes = [UInt8](repeating: 0, count: header.count + bound + 8)
        let compressed = bytes.withUnsafeMutableBytes { out -> Int in
            for (index, byte) in header.enumerated() { out[index] = byte }
            guard let base = out.baseAddress else { return 0 }
            return libdeflate_deflate_compress(compressor, input.baseAddress, input.count, base + header.count, bound)
        }
        guard compressed > 0 else {
            throw ArchiveError.compression(archive: archive, call: "libdeflate_deflate_compress", status: 0, message: "the output did not fit the bound")
        }
        bytes.removeSubrange((header.count + compressed)...)
        let crc = libdeflate_crc32(0, input.baseAddress, input.count)
        bytes.appendLittleEndian(crc)
        bytes.appendLittleEndian(UInt32(truncatingIfNeeded: input.count))
        return bytes
    }

    /// The 10-byte gzip header: deflate, no flags, MTIME 0, XFL as zlib's gzip sets it for the
    /// level (2: level 9, 4: level 1, else 0), OS 3 (Unix).
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
