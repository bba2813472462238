import Foundation

/// Where an output may go, checked before any input is read. Two rules, as `cp`, `rsync` and
/// GDAL (`-overwrite`) teach: never write over what you read, and never remove what you did not
/// write.
///
/// 1. `refusal(output:inputs:)`: the output path must not be, contain or lie inside an input,
///    and must not be `/`, the home folder, the current folder or one of its ancestors. Paths
///    are compared after resolving `..` and symbolic links (and by device and inode), so
///    `data/../data`, a link to an input's folder or a hard link are all seen. `--force` does
///    not lift this rule.
/// 2. `checkReplace(folder:output:force:)`: a folder output replaces an existing folder only
///    when it is empty or holds exactly a previous output of the same format (its
///    `OutputManifest`), unless `--force` says to replace it anyway.
public enum OutputPlacement {
    /// Why `output` may not be written, for people, or nil when it may.
    /// - Parameter inputs: the paths to be read (`-` for standard input is skipped).
    public static func refusal(output: String, inputs: [String]) -> String? {
        guard output != "-" else { return nil }
        let target = resolved(output)
        if let protected = protectedFolder(target) {
            return "--output \(output) is \(protected); newskit never replaces it, even with --force. Name a new folder, e.g. --output out."
        }
        for input in inputs where input != "-" {
            let source = resolved(input)
            if target == source || sameFile(input, output) {
                return "--output \(output) is also an input (\(input)); it would be overwritten. Choose another --output."
            }
            if contains(target, source) {
                return "--output \(output) holds the input \(input); writing there would delete it. Choose another --output."
            }
            if contains(source, target) {
                return "--output \(output) lies inside the input \(input); the output would mix with what it was made from. Choose a path outside it."
            }
        }
        return nil
    }

    /// Refuses to replace `folder` with a new `output`-format folder unless doing so loses
    /// nothing newskit did not write (see `OutputManifest`), or `force` is set.
    /// - Throws: `ExportError.folderNotReplaceable` naming the folder and what to do.
    public static func checkReplace(folder: String, output: String, force: Bool) throws {
        let url = URL(fileURLWithPath: folder)
        switch OutputManifest.state(of: url, output: output) {
        case .free, .previousOutput:
            return
        case .foreign(let reason):
            var isFolder: ObjCBool = false
            let fileInTheWay = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
            guard !force || fileInTheWay else { return }
            throw ExportError.folderNotReplaceable(path: folder, reason: reason, canForce: !fileInTheWay)
        }
    }

    /// `path` made absolute, with `..` and symbolic links resolved as far as it exists; the part
    /// that does not exist yet is appended as written (without `.` and `..`).
    static func resolved(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = absolute
        var missing: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let base = String(cString: real)
                if missing.isEmpty { return base }
                return URL(fileURLWithPath: base).appendingPathComponent(missing.reversed().joined(separator: "/")).standardizedFileURL.path
            }
            let url = URL(fileURLWithPath: existing)
            guard url.path != "/" else { return URL(fileURLWithPath: absolute).standardizedFileURL.path }
            missing.append(url.lastPathComponent)
            existing = url.deletingLastPathComponent().path
        }
    }

    /// Whether `outer` is a folder above `inner` (not equal to it).
    static func contains(_ outer: String, _ inner: String) -> Bool {
        outer == "/" ? inner != "/" : inner.hasPrefix(outer + "/")
    }

    /// What a protected folder is, when `path` (resolved) is one.
    static func protectedFolder(_ path: String) -> String? {
        if path == "/" { return "the root folder" }
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, resolved(home) == path { return "your home folder" }
        let current = resolved(FileManager.default.currentDirectoryPath)
        if path == current { return "the current folder" }
        if contains(path, current) { return "a folder above the current one" }
        return nil
    }

    /// Same device and inode: hard links and bind mounts of one file.
    private static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}
