import CArchive
import Foundation

/// Runs libarchive calls under a UTF-8 `LC_CTYPE` for the calling thread only.
///
/// Swift programs start in the C locale, where libarchive cannot convert non-ASCII names: the
/// pax writer fails (or crashes) on them and the reader returns no UTF-8 name. `setlocale` would
/// change the whole process; `uselocale` changes only this thread and is put back afterwards.
/// libarchive caches the charset per handle on first use, so every call on a handle goes
/// through `run`.
enum ArchiveLocale {
    /// A UTF-8 locale object, made once; nil when the system has none (names stay ASCII-only).
    nonisolated(unsafe) private static let utf8: locale_t? = {
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if let locale = newlocale(newskit_LC_CTYPE_MASK, name, nil) { return locale }
        }
        return nil
    }()

    /// Calls `body` with the thread's `LC_CTYPE` set to UTF-8, restoring the previous locale after.
    static func run<T>(_ body: () throws -> T) rethrows -> T {
        guard let utf8 else { return try body() }
        let previous = uselocale(utf8)
        defer { uselocale(previous) }
        return try body()
    }
}
