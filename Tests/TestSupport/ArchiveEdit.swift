import Foundation

/// Rewrites a tar.gz with Python's tarfile, changing one file on the way: flips one byte of it,
/// drops it, or adds a new file. Tests use it to damage bundles the way a disk or a person would.
public enum ArchiveEdit {
    public enum Action: String {
        case flipFirstByte = "flip"
        case drop
        case add
    }

    static let script = """
    import io, sys, tarfile
    src, dst, action, target = sys.argv[1:5]
    with tarfile.open(src) as s, tarfile.open(dst, "w:gz", format=tarfile.PAX_FORMAT) as d:
        members = s.getmembers()
        top = members[0].name.split("/")[0]
        for m in members:
            data = s.extractfile(m).read() if m.isfile() else None
            if m.name == top + "/" + target:
                if action == "drop": continue
                if action == "flip": data = bytes([data[0] ^ 1]) + data[1:]
            d.addfile(m, io.BytesIO(data) if data is not None else None)
        if action == "add":
            info = tarfile.TarInfo(top + "/" + target)
            info.size = 5
            d.addfile(info, io.BytesIO(b"extra"))
    """

    /// Writes `source` with `action` applied to `path` (relative to the top folder) to `destination`.
    public static func apply(_ action: Action, to path: String, in source: URL, writing destination: URL) throws {
        let result = try ExternalTool.python(script, [source.path, destination.path, action.rawValue, path])
        guard result.status == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "python3 tarfile edit failed: \(result.stderr)"])
        }
    }
}
