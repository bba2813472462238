/// Which entry paths could escape the folder an archive is read into.
enum ArchivePathCheck {
    /// Why `path` is refused, or nil when it is a plain relative path.
    static func problem(_ path: String) -> String? {
        if path.isEmpty { return "its name is empty" }
        if path.hasPrefix("/") { return "it has an absolute path" }
        if path.contains("\0") { return "its name contains a NUL byte" }
        if path.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
            return "its path contains \"..\""
        }
        return nil
    }
}
