import CArchive
import Foundation

/// Reads a tar.gz archive entry by entry into memory, with newskit's own safety checks.
///
/// Only the tar format and the gzip filter are enabled (the catch-all filter support can start
/// external programs), and nothing is ever extracted to disk. Every entry is checked before its
/// contents are touched: absolute paths, `..`, symbolic and hard links, devices, FIFOs and
/// sockets are refused; `ArchiveLimits` caps the entry count, the total size (declared and
/// actually read) and the compression ratio, so a bomb fails fast. A truncated or corrupt
/// archive throws `ArchiveError` naming the entry being read.
public final class ArchiveReader {
    private var handle: OpaquePointer?
    /// A private copy of in-memory input, alive as long as the handle reads from it.
    private var memory: UnsafeMutableRawBufferPointer?
    private let source: ArchiveSource
    public let name: String
    private let limits: ArchiveLimits
    private let diagnostics: any DiagnosticSink
    private var entries = 0
    private var declaredBytes: Int64 = 0
    private var readBytes: Int64 = 0
    private var current: String?
    private var unreadData = false
    private let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)

    /// Opens the archive file at `url`.
    /// - Parameter name: the archive's name for messages (the path as the user gave it).
    /// - Throws: `ArchiveError`.
    public convenience init(contentsOf url: URL, name: String, limits: ArchiveLimits = ArchiveLimits(), diagnostics: any DiagnosticSink = IgnoringDiagnostics()) throws {
        try self.init(name: name, source: .file(url), limits: limits, diagnostics: diagnostics) { handle in
            archive_read_open_filename(handle, url.path, 1 << 16)
        }
    }

    /// Opens an archive held in memory (standard input, tests).
    public convenience init(data: Data, name: String, limits: ArchiveLimits = ArchiveLimits(), diagnostics: any DiagnosticSink = IgnoringDiagnostics()) throws {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 16)
        copy.copyBytes(from: data)
        let bytes = UnsafeRawBufferPointer(rebasing: copy[0..<data.count])
        try self.init(name: name, source: .memory(bytes), limits: limits, diagnostics: diagnostics, memory: copy) { handle in
            archive_read_open_memory(handle, copy.baseAddress, data.count)
        }
    }

    private init(
        name: String, source: ArchiveSource, limits: ArchiveLimits, diagnostics: any DiagnosticSink,
        memory: UnsafeMutableRawBufferPointer? = nil, open: (OpaquePointer) -> Int32
    ) throws {
        self.name = name
        self.source = source
        self.limits = limits
        self.diagnostics = diagnostics
        self.memory = memory
        guard let handle = archive_read_new() else {
            throw ArchiveError.outOfMemory(.create, archive: name, entry: nil)
        }
        self.handle = handle
        try ArchiveLocale.run {
            try check(archive_read_support_format_tar(handle), .configure)
            // ARCHIVE_WARN here means "using an external gzip program": refuse rather than run one.
            let gzip = archive_read_support_filter_gzip(handle)
            guard gzip == ARCHIVE_OK else {
                throw ArchiveError.libarchive(operation: .configure, status: gzip, message: ArchiveError.message(handle) + " (newskit needs libarchive built with zlib)", archive: name, entry: nil)
            }
            try check(open(handle), .openForReading)
        }
    }

    deinit {
        if let handle { archive_read_free(handle) }
        memory?.deallocate()
        chunk.deallocate()
    }

    /// The next entry's header, checked, or nil at the end of the archive. Contents of the
    /// previous entry that were not read are read and dropped here, under the same limits.
    /// - Throws: `ArchiveError` for an unsafe entry, a passed limit, or a corrupt archive.
    public func nextEntry() throws -> ArchiveEntry? {
        if unreadData { try readData { _ in } }
        let handle = try openHandle()
        return try ArchiveLocale.run {
            var header: OpaquePointer?
            let status = archive_read_next_header(handle, &header)
            if status == ARCHIVE_EOF {
                try checkIntegrity()
                current = nil
                return nil
            }
            try check(status, .readHeader, entry: current ?? "the start")
            guard let header else { return nil }
            let entry = try checkedEntry(header)
            current = entry.path
            unreadData = entry.kind == .file
            return entry
        }
    }

    /// Streams the current entry's contents to `body` in chunks of up to 64 KiB.
    /// - Throws: `ArchiveError` (naming the entry) for corrupt data or a passed limit.
    public func readData(_ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let handle = try openHandle()
        let entry = current ?? "?"
        unreadData = false
        while true {
            let count = ArchiveLocale.run { archive_read_data(handle, chunk.baseAddress, chunk.count) }
            if count < 0 { try check(Int32(truncatingIfNeeded: count), .readData, entry: entry) }
            if count <= 0 { return }
            readBytes += Int64(count)
            try checkRead(entry: entry)
            try body(UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
    }

    /// The current entry's contents, all in memory (bounded by `limits.maxBytes`).
    public func readData() throws -> Data {
        var data = Data()
        try readData { data.append(contentsOf: $0) }
        return data
    }

    /// Frees the handle. Reading stops; nothing more is checked.
    public func close() {
        if let handle { archive_read_free(handle) }
        handle = nil
    }

    /// The whole gzip stream's CRC and length, checked once the tar reader has seen the end.
    private func checkIntegrity() throws {
        do {
            try GzipIntegrity.check(source, limit: limits.maxBytes + (1 << 20))
        } catch GzipIntegrity.Failure.corrupt(let reason) {
            throw ArchiveError.corrupt(archive: name, lastEntry: current, reason: reason)
        } catch {
            throw ArchiveError.limitExceeded(archive: name, entry: nil, limit: "the data after the last entry uncompresses to more than \(limits.maxBytes) bytes", option: "--max-archive-bytes")
        }
    }

    private func checkedEntry(_ header: OpaquePointer) throws -> ArchiveEntry {
        entries += 1
        guard entries <= limits.maxEntries else {
            throw ArchiveError.limitExceeded(archive: name, entry: nil, limit: "more than \(limits.maxEntries) entries", option: "--max-archive-entries")
        }
        guard let raw = archive_entry_pathname_utf8(header) ?? archive_entry_pathname(header) else {
            throw ArchiveError.unsafeEntry(archive: name, entry: "#\(entries)", reason: "it has no readable name")
        }
        let path = String(cString: raw)
        if let reason = ArchivePathCheck.problem(path) {
            throw ArchiveError.unsafeEntry(archive: name, entry: path, reason: reason)
        }
        if archive_entry_hardlink(header) != nil {
            throw ArchiveError.unsafeEntry(archive: name, entry: path, reason: "it is a hard link")
        }
        let type = UInt32(archive_entry_filetype(header))
        let kind: ArchiveEntry.Kind
        switch type {
        case newskit_AE_IFREG: kind = .file
        case newskit_AE_IFDIR: kind = .directory
        case newskit_AE_IFLNK: throw ArchiveError.unsafeEntry(archive: name, entry: path, reason: "it is a symbolic link")
        default: throw ArchiveError.unsafeEntry(archive: name, entry: path, reason: "it is a device, FIFO or socket, not a file")
        }
        let size = archive_entry_size_is_set(header) != 0 ? archive_entry_size(header) : 0
        declaredBytes += max(size, 0)
        guard declaredBytes <= limits.maxBytes else {
            throw ArchiveError.limitExceeded(archive: name, entry: path, limit: "the entries add up to more than \(limits.maxBytes) bytes", option: "--max-archive-bytes")
        }
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        return ArchiveEntry(
            path: trimmed, kind: kind, size: size, permissions: UInt32(archive_entry_perm(header)),
            modificationTime: Int64(archive_entry_mtime(header)))
    }

    /// Total and ratio caps, checked after every chunk so a bomb stops within 64 KiB of the cap.
    private func checkRead(entry: String) throws {
        guard readBytes <= limits.maxBytes else {
            throw ArchiveError.limitExceeded(archive: name, entry: entry, limit: "more than \(limits.maxBytes) bytes uncompressed", option: "--max-archive-bytes")
        }
        guard let handle else { return }
        let uncompressed = archive_filter_bytes(handle, 0)
        let compressed = max(archive_filter_bytes(handle, -1), 1)
        if uncompressed > limits.ratioGrace, uncompressed / compressed > limits.maxRatio {
            throw ArchiveError.limitExceeded(
                archive: name, entry: entry,
                limit: "\(uncompressed) bytes came out of \(compressed) compressed bytes, a ratio over \(limits.maxRatio)", option: "--max-archive-ratio")
        }
    }

    private func openHandle() throws -> OpaquePointer {
        guard let handle else {
            throw ArchiveError.libarchive(operation: .readHeader, status: ARCHIVE_FATAL, message: "the reader is already closed", archive: name, entry: current)
        }
        return handle
    }

    private func check(_ status: Int32, _ operation: ArchiveOperation, entry: String? = nil) throws {
        try ArchiveError.check(status, operation, handle: handle, archive: name, entry: entry, diagnostics: diagnostics)
    }
}
