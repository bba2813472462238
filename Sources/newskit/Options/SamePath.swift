import Foundation

/// Whether two paths the user typed name the same file, so `--output` never overwrites an input.
enum SamePath {
    /// True when `a` and `b` are the same path after resolving `.`, `..` and symbolic links, or,
    /// when both exist, the same file (device and inode: hard links, bind mounts).
    static func check(_ a: String, _ b: String) -> Bool {
        let left = URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
        let right = URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
        if left == right { return true }
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}
