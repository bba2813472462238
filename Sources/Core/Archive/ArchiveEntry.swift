/// One entry of a tar archive as newskit writes and reads it: a regular file or a folder.
/// (Links, devices and FIFOs are never written and are refused when read.)
public struct ArchiveEntry: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case file
        case directory
    }

    /// The path inside the archive, `/`-separated, relative; folders end without `/`.
    public var path: String
    public var kind: Kind
    /// Bytes of content (0 for folders).
    public var size: Int64
    /// Permission bits: 0o644 for files and 0o755 for folders unless set otherwise.
    public var permissions: UInt32
    /// Modification time in seconds since 1970 (the only time newskit writes).
    public var modificationTime: Int64

    public init(path: String, kind: Kind, size: Int64 = 0, permissions: UInt32? = nil, modificationTime: Int64 = 0) {
        self.path = path
        self.kind = kind
        self.size = kind == .directory ? 0 : size
        self.permissions = permissions ?? (kind == .directory ? 0o755 : 0o644)
        self.modificationTime = modificationTime
    }

    /// A regular file of `size` bytes.
    public static func file(_ path: String, size: Int64, modificationTime: Int64) -> ArchiveEntry {
        ArchiveEntry(path: path, kind: .file, size: size, modificationTime: modificationTime)
    }

    /// A folder.
    public static func directory(_ path: String, modificationTime: Int64) -> ArchiveEntry {
        ArchiveEntry(path: path, kind: .directory, modificationTime: modificationTime)
    }
}
