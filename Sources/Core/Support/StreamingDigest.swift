import Crypto

/// SHA-256 and SHA-512 of a byte stream fed in chunks, with its length: what a BagIt manifest
/// needs for one file, in one pass over the bytes.
public struct StreamingDigest {
    private var sha256 = SHA256()
    private var sha512 = SHA512()
    /// Bytes fed so far.
    public private(set) var byteCount: Int64 = 0

    public init() {}

    /// Feeds the next chunk.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        sha256.update(bufferPointer: bytes)
        sha512.update(bufferPointer: bytes)
        byteCount += Int64(bytes.count)
    }

    /// The lower-case hex digests of everything fed.
    public func finalize() -> (sha256: String, sha512: String) {
        (Digest.hex(sha256.finalize()), Digest.hex(sha512.finalize()))
    }
}

/// SHA-256 alone of a byte stream fed in chunks.
public struct SHA256Stream {
    private var sha256 = SHA256()

    public init() {}

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        sha256.update(bufferPointer: bytes)
    }

    /// The lower-case hex digest of everything fed.
    public func finalize() -> String { Digest.hex(sha256.finalize()) }
}
