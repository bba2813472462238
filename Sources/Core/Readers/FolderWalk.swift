import Foundation

/// Lists the files of a folder the way newskit reads them: recursively, regular files only
/// (symbolic links and devices are not followed or read), hidden names (`.git`, `.DS_Store`)
/// skipped, sorted by the bytes of their path relative to the folder, so the order is the same
/// on every machine and in every locale.
///
/// Written on opendir/readdir/lstat rather than FileManager's enumerator: the enumerator builds a
/// `URL` (about 700 bytes with its parsed path) for every entry, which made listing a folder of
/// 20,000 articles the largest allocation of a whole `newskit export`. Here an entry costs its
/// relative path.
enum FolderWalk {
    static func files(in folder: URL, displayPath: String) throws -> [Input] {
        var relative: [String] = []
        try walk(folder.path, relative: "", into: &relative, displayPath: displayPath)
        relative.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let prefix = displayPath.hasSuffix("/") ? displayPath : displayPath + "/"
        return relative.map { path in
            let shown = prefix + path
            return Input(displayPath: shown, filePath: shown)
        }
    }

    private static func walk(_ path: String, relative: String, into files: inout [String], displayPath: String) throws {
        guard let directory = opendir(path) else {
            // The top folder must be listable; a subfolder that is not is skipped like the enumerator did.
            if relative.isEmpty { throw ReadError.unreadable(path: displayPath, reason: "cannot list the folder (\(String(cString: strerror(errno))))") }
            return
        }
        defer { closedir(directory) }
        var folders: [(name: String, relative: String)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(path + "/" + name, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: folders.append((name, child))
            case S_IFREG: files.append(child)
            default: continue
            }
        }
        for folder in folders {
            try walk(path + "/" + folder.name, relative: folder.relative, into: &files, displayPath: displayPath)
        }
    }
}
