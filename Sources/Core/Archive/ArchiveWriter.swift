import CArchive
import Foundation

/// Writes a reproducible tar.gz stream to a `ByteSink`: libarchive writes the tar, and
/// `ParallelGzipWriter` compresses it on several threads (libarchive's own gzip filter uses one).
///
/// The tar format is pax "restricted" (plain ustar headers; a pax extended header only for
/// long or non-ASCII names and huge sizes), and no entry carries more than its type, path,
/// permissions, size and modification time: uid and gid are 0 with empty user and group names,
/// and no access, change or birth time is set, so libarchive writes none. libarchive has no
/// compression filter: its write callback hands the uncompressed tar to `ParallelGzipWriter`,
/// whose gzip header has no file name and no time. The same calls give the same bytes, whatever
/// the number of threads.
///
/// Usage: `writeHeader`, then `writeData` until `size` bytes are written, then `finishEntry`;
/// repeat; then `close()`. A writer that is never closed frees its handle in `deinit` and leaves
/// the output incomplete (the caller's atomic output then discards it).
public final class ArchiveWriter {
    private var handle: OpaquePointer?
    private let output: Output
    private let name: String
    private let diagnostics: any DiagnosticSink
    private var current: (path: String, declared: Int64, written: Int64)?

    /// Opens a writer on `sink`.
    /// - Parameters:
    ///   - name: the archive's name for error messages (the output path).
    ///   - gzipLevel: 1 (fastest) to 9 (smallest).
    ///   - threads: compressing threads (nil: one per active core; 1: none besides the caller's).
    ///     The bytes written do not depend on it.
    /// - Throws: `ArchiveError` when libarchive or zlib cannot be set up.
    public init(sink: any ByteSink, name: String, gzipLevel: Int = 6, threads: Int? = nil,
                diagnostics: any DiagnosticSink = IgnoringDiagnostics()) throws {
        self.output = Output(sink: sink, gzip: try ParallelGzipWriter(
            sink: sink, name: name, level: gzipLevel, threads: threads ?? ProcessInfo.processInfo.activeProcessorCount))
        self.name = name
        self.diagnostics = diagnostics
        guard let handle = archive_write_new() else {
            throw ArchiveError.outOfMemory(.create, archive: name, entry: nil)
        }
        self.handle = handle
        try ArchiveLocale.run {
            try check(archive_write_set_format_pax_restricted(handle), .configure)
            // The tar ends where the data ends, not padded to a 10 KiB tape block.
            try check(archive_write_set_bytes_in_last_block(handle, 1), .configure)
            let client = Unmanaged.passUnretained(output).toOpaque()
            try check(archive_write_open2(handle, client, nil, archiveWriteCallback, nil, nil), .openForWriting)
        }
    }

    deinit {
        if let handle { archive_write_free(handle) }
    }

    /// Starts `entry`; for files, `writeData` must then supply exactly `entry.size` bytes.
    /// - Throws: `ArchiveError`, or the sink's error when the output cannot be written.
    public func writeHeader(_ entry: ArchiveEntry) throws {
        let handle = try openHandle(entry.path)
        try ArchiveLocale.run {
            guard let header = archive_entry_new() else {
                throw ArchiveError.outOfMemory(.writeHeader, archive: name, entry: entry.path)
            }
            defer { archive_entry_free(header) }
            archive_entry_set_pathname_utf8(header, entry.path)
            archive_entry_set_filetype(header, entry.kind == .directory ? newskit_AE_IFDIR : newskit_AE_IFREG)
            archive_entry_set_perm(header, mode_t(entry.permissions))
            archive_entry_set_size(header, entry.size)
            archive_entry_set_mtime(header, time_t(entry.modificationTime), 0)
            archive_entry_set_uid(header, 0)
            archive_entry_set_gid(header, 0)
            try check(archive_write_header(handle, header), .writeHeader, entry: entry.path)
        }
        current = (entry.path, entry.size, 0)
    }

    /// Appends `bytes` to the current entry's contents.
    /// - Throws: `ArchiveError.sizeMismatch` past the declared size, else as `writeHeader`.
    public func writeData(_ bytes: UnsafeRawBufferPointer) throws {
        guard let entry = current else { return }
        let handle = try openHandle(entry.path)
        guard entry.written + Int64(bytes.count) <= entry.declared else {
            throw ArchiveError.sizeMismatch(archive: name, entry: entry.path, declared: entry.declared, written: entry.written + Int64(bytes.count))
        }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let written = ArchiveLocale.run { archive_write_data(handle, base, bytes.count) }
        if written < 0 { try check(Int32(truncatingIfNeeded: written), .writeData, entry: entry.path) }
        current?.written += Int64(bytes.count)
    }

    /// Appends `data` to the current entry's contents.
    public func writeData<D: DataProtocol>(_ data: D) throws {
        for region in data.regions { try region.withUnsafeBytes { try writeData($0) } }
    }

    /// Ends the current entry.
    /// - Throws: `ArchiveError.sizeMismatch` when fewer bytes than declared were written.
    public func finishEntry() throws {
        guard let entry = current else { return }
        let handle = try openHandle(entry.path)
        guard entry.written == entry.declared else {
            throw ArchiveError.sizeMismatch(archive: name, entry: entry.path, declared: entry.declared, written: entry.written)
        }
        try ArchiveLocale.run { try check(archive_write_finish_entry(handle), .finishEntry, entry: entry.path) }
        current = nil
    }

    /// Writes the end-of-archive blocks and the gzip trailer, flushes the sink and frees the handle.
    /// - Throws: `ArchiveError` with libarchive's final status or zlib's, or the sink's error.
    public func close() throws {
        guard let handle else { return }
        defer {
            archive_write_free(handle)
            self.handle = nil
        }
        try ArchiveLocale.run { try check(archive_write_close(handle), .close) }
        try output.gzip.finish()
        try output.sink.flush()
    }

    /// A convenience for small in-memory files: header, contents, finish.
    public func add(_ entry: ArchiveEntry, contents: Data) throws {
        try writeHeader(entry)
        try writeData(contents)
        try finishEntry()
    }

    private func openHandle(_ entry: String) throws -> OpaquePointer {
        guard let handle else {
            throw ArchiveError.libarchive(operation: .writeHeader, status: ARCHIVE_FATAL, message: "the writer is already closed", archive: name, entry: entry)
        }
        return handle
    }

    /// Rethrows the sink's own error first (it says why, e.g. the disk is full), else maps the status.
    private func check(_ status: Int32, _ operation: ArchiveOperation, entry: String? = nil) throws {
        if status != ARCHIVE_OK, let failure = output.failure { throw failure }
        try ArchiveError.check(status, operation, handle: handle, archive: name, entry: entry, diagnostics: diagnostics)
    }

    /// The compressor, the sink and the first error, shared with the C callback.
    fileprivate final class Output {
        let sink: any ByteSink
        let gzip: ParallelGzipWriter
        var failure: Error?
        init(sink: any ByteSink, gzip: ParallelGzipWriter) {
            self.sink = sink
            self.gzip = gzip
        }
    }
}

/// libarchive's write callback: hands tar bytes to the compressor (which writes to the sink),
/// remembering its error for `ArchiveWriter` to rethrow (a C function pointer must be a plain function).
private func archiveWriteCallback(_ archive: OpaquePointer?, _ client: UnsafeMutableRawPointer?, _ buffer: UnsafeRawPointer?, _ length: Int) -> la_ssize_t {
    guard let client, let buffer else { return -1 }
    let output = Unmanaged<ArchiveWriter.Output>.fromOpaque(client).takeUnretainedValue()
    do {
        try output.gzip.write(UnsafeRawBufferPointer(start: buffer, count: length))
        return la_ssize_t(length)
    } catch {
        output.failure = error
        return -1
    }
}
