import Foundation
import TestSupport

/// Builds archives newskit must refuse, with Python's tarfile (an outside writer that can make
/// links, devices and bad paths, which newskit's own writer never writes).
enum HostileArchives {
    static let script = """
    import io, random, sys, tarfile
    kind, out = sys.argv[1], sys.argv[2]
    def add(t, name, data=b"x", kind=tarfile.REGTYPE, link=""):
        info = tarfile.TarInfo(name)
        info.type = kind
        info.linkname = link
        info.size = len(data) if kind == tarfile.REGTYPE else 0
        t.addfile(info, io.BytesIO(data) if kind == tarfile.REGTYPE else None)
    with tarfile.open(out, "w:gz", format=tarfile.PAX_FORMAT) as t:
        if kind == "absolute": add(t, "/tmp/newskit-evil")
        elif kind == "dotdot": add(t, "bundle/../../newskit-evil")
        elif kind == "symlink": add(t, "bundle/link", kind=tarfile.SYMTYPE, link="/etc/passwd")
        elif kind == "hardlink":
            add(t, "bundle/a")
            add(t, "bundle/b", kind=tarfile.LNKTYPE, link="bundle/a")
        elif kind == "device": add(t, "bundle/dev", kind=tarfile.CHRTYPE)
        elif kind == "fifo": add(t, "bundle/fifo", kind=tarfile.FIFOTYPE)
        elif kind == "many":
            for i in range(50): add(t, "bundle/f%02d" % i)
        elif kind == "large": add(t, "bundle/big", b"a" * 5000)
        elif kind == "zeros": add(t, "bundle/zeros", bytes(8 << 20))
        elif kind == "noise":
            add(t, "bundle/a.txt", b"hello")
            add(t, "bundle/noise.bin", random.Random(1).randbytes(300000))
        elif kind == "text":
            add(t, "bundle/a.txt", b"hello")
            words = random.Random(2).choices(["Kyiv", "Kharkiv", "said", "the", "minister", "on", "Monday", "troops"], k=120000)
            add(t, "bundle/article.txt", " ".join(words).encode())
    """

    /// Writes the archive `kind` into `folder` and returns its URL.
    static func make(_ kind: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("\(kind).tar.gz")
        let result = try ExternalTool.python(script, [kind, url.path])
        guard result.status == 0 else { throw HostileArchiveError(message: "python3 could not build \(kind): \(result.stderr)") }
        return url
    }

    struct HostileArchiveError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
