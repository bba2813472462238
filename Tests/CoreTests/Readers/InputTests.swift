@testable import Core
import Foundation
import Testing

@Suite struct InputTests {
    /// What `Input.pathExtension` answered before its fast path: `NSString` on the file name.
    static func reference(_ path: String) -> String {
        let name = path == "-" ? "stdin" : (path as NSString).lastPathComponent.lowercased()
        let base = path != "-" && path.lowercased().hasSuffix(".gz") ? String(name.dropLast(3)) : name
        return (base as NSString).pathExtension
    }

    @Test(arguments: ["a.txt", "bbc/business/bbc-business-001.txt", "x/y.TXT", "noext", "x/.hidden", "x/a.b.c", "dir/file.",
                      "./a.jsonl", "../b.JSON", "/abs/p/q.html", "a/b/c.d/e", "c.d/e.f", "a//b.txt", "a.tar.gz", "x/y.txt/",
                      "é.txt", ".txt", "a..txt", "-", "a.txt.gz", "a b.t x t", "~/x.md", "x.GZ", "data.jsonl.gz"])
    func pathExtensionAgreesWithNSString(_ path: String) {
        #expect(Input(displayPath: path, url: nil).pathExtension == Self.reference(path))
    }
}
