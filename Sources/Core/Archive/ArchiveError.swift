import CArchive
import CZlib

/// What newskit asked libarchive to do when a call failed, worded to follow "cannot".
public enum ArchiveOperation: String, Sendable, Equatable {
    case create = "create a libarchive handle for"
    case configure = "configure"
    case openForWriting = "start writing"
    case openForReading = "open"
    case writeHeader = "write the header of"
    case writeData = "write the contents of"
    case finishEntry = "finish"
    case close = "finish writing"
    case readHeader = "read the entry header after"
    case readData = "read the contents of"
}

/// Everything that can go wrong writing or reading a tar.gz archive: libarchive's own failures
/// (with its message) and the entries and sizes newskit refuses on its own.
public enum ArchiveError: NewskitError, Equatable {
    /// libarchive returned `ARCHIVE_FAILED` or `ARCHIVE_FATAL`.
    case libarchive(operation: ArchiveOperation, status: Int32, message: String, archive: String, entry: String?)
    /// An entry that could write outside the extraction folder, or that is not a plain file or folder.
    case unsafeEntry(archive: String, entry: String, reason: String)
    /// A cap on total size, entry count or compression ratio was passed: a likely gzip or tar bomb.
    case limitExceeded(archive: String, entry: String?, limit: String, option: String)
    /// The gzip stream fails zlib's own checks (CRC-32, length) after every entry was read.
    case corrupt(archive: String, lastEntry: String?, reason: String)
    /// The bytes written for an entry differ in number from its header's size.
    case sizeMismatch(archive: String, entry: String, declared: Int64, written: Int64)
    /// libdeflate failed while compressing the archive (`ParallelGzipWriter`): out of memory, or a bug.
    case compression(archive: String, call: String, status: Int32, message: String)

    public var description: String {
        switch self {
        case .libarchive(let operation, _, let message, let archive, let entry):
            let what = entry.map { "entry \"\($0)\"" } ?? "the archive"
            let hint = operation.isReading
                ? "The archive is truncated, corrupt or not a tar.gz file; get a complete copy."
                : "Check the output folder is writable and has space."
            return "\(archive): cannot \(operation.rawValue) \(what) (libarchive: \(message)). \(hint)"
        case .unsafeEntry(let archive, let entry, let reason):
            return "\(archive): entry \"\(entry)\" refused: \(reason). newskit reads only plain files and folders with relative paths inside the archive."
        case .limitExceeded(let archive, let entry, let limit, let option):
            let at = entry.map { " at entry \"\($0)\"" } ?? ""
            return "\(archive): \(limit)\(at); this looks like a gzip or tar bomb, so reading stopped. If the archive is trusted, raise the limit with \(option)."
        case .corrupt(let archive, let lastEntry, let reason):
            let after = lastEntry.map { " (entries up to \"\($0)\" were read, but some entry's bytes are wrong)" } ?? ""
            return "\(archive): the archive is corrupt: \(reason)\(after). Nothing from it was used; get a good copy (for a bundle, `newskit verify` names the damaged files)."
        case .sizeMismatch(let archive, let entry, let declared, let written):
            return "\(archive): entry \"\(entry)\" was declared as \(declared) bytes but \(written) were written; the file changed while it was archived. Run the command again."
        case .compression(let archive, let call, let status, let message):
            return "\(archive): cannot compress the archive (\(call) returned \(status): \(message)). The machine may be out of memory; run the command again, and report it if it happens again."
        }
    }
}

extension ArchiveOperation {
    var isReading: Bool { self == .readHeader || self == .readData || self == .openForReading }
}

extension ArchiveError {
    /// Maps one libarchive status: `ARCHIVE_OK` and `ARCHIVE_EOF` pass, `ARCHIVE_WARN` goes to
    /// `diagnostics` with libarchive's message, anything else (`ARCHIVE_RETRY`, `ARCHIVE_FAILED`,
    /// `ARCHIVE_FATAL`) throws `ArchiveError.libarchive`.
    static func check(
        _ status: Int32, _ operation: ArchiveOperation, handle: OpaquePointer?, archive: String, entry: String?,
        diagnostics: any DiagnosticSink
    ) throws {
        switch status {
        case ARCHIVE_OK, ARCHIVE_EOF:
            return
        case ARCHIVE_WARN:
            let location = entry.map { "\(archive): \($0)" } ?? archive
            diagnostics.warn("libarchive: \(message(handle))", at: location)
        default:
            throw ArchiveError.libarchive(operation: operation, status: status, message: message(handle), archive: archive, entry: entry)
        }
    }

    /// A zlib call failed; `message` is zlib's own (`z_stream.msg`) when it gave one.
    static func zlib(_ call: String, status: Int32, message: String?, archive: String) -> ArchiveError {
        .compression(archive: archive, call: call, status: status, message: message ?? zlibStatusName(status))
    }

    /// zlib's name for a status, for when it sets no message.
    private static func zlibStatusName(_ status: Int32) -> String {
        switch status {
        case Z_STREAM_ERROR: "stream error"
        case Z_DATA_ERROR: "data error"
        case Z_MEM_ERROR: "out of memory"
        case Z_BUF_ERROR: "no progress possible"
        case Z_VERSION_ERROR: "incompatible zlib version"
        default: "no details given"
        }
    }

    /// libarchive returned no handle or entry: the only reason it gives is memory.
    static func outOfMemory(_ operation: ArchiveOperation, archive: String, entry: String?) -> ArchiveError {
        .libarchive(operation: operation, status: ARCHIVE_FATAL, message: "out of memory", archive: archive, entry: entry)
    }

    /// libarchive's last error message for `handle`, or a stand-in when it has none.
    static func message(_ handle: OpaquePointer?) -> String {
        guard let handle, let text = archive_error_string(handle) else { return "no details given" }
        return String(cString: text)
    }
}
