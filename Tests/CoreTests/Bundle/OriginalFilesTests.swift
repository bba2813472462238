@testable import Core
import Foundation
import Testing

@Suite struct OriginalFilesTests {
    /// Files on disk under a fresh folder, and headers naming them in the order given.
    private func plan(_ relativePaths: [String], missing: Set<String> = []) throws -> (OriginalFiles, root: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("newskit-originals-\(UUID().uuidString)").path
        for path in relativePaths where !missing.contains(path) {
            let url = URL(fileURLWithPath: root + "/" + path).standardizedFileURL
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(path.utf8).write(to: url)
        }
        let headers = HeaderTable(relativePaths.enumerated().map { index, path in
            DocumentHeader(id: "d\(index)", title: nil, date: nil, source: nil, url: nil,
                           origin: Origin(path: root + "/" + path, sha256: String(repeating: "0", count: 64)), wordCount: 1)
        })
        return (OriginalFiles(headers), root)
    }

    @Test func storesEachFileOnceInBagOrderUnderItsRelativePath() throws {
        // Byte order (a folder walk's): "a-b/y" < "a/x"; bag order compares components: "a" < "a-b".
        let (originals, root) = try plan(["a-b/y.txt", "a/x.txt", "a/z.txt"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let prefix = String(root.dropFirst()) + "/"
        #expect(originals.files.map { originals.archivePath(of: $0) } == [prefix + "a/x.txt", prefix + "a/z.txt", prefix + "a-b/y.txt"])
        #expect(originals.files.map { originals.originPath(of: $0) } == [root + "/a/x.txt", root + "/a/z.txt", root + "/a-b/y.txt"])
        #expect(originals.files.map(\.size) == [7, 7, 9])
    }

    @Test func twoPathsThatMeanTheSameArchivePathGetASuffix() throws {
        // "a/./x.txt" and "a/x.txt" both become ".../a/x.txt" under data/originals/.
        let (originals, root) = try plan(["a/./x.txt", "a/x.txt", "a/x-2.txt"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let prefix = String(root.dropFirst()) + "/"
        let paths = originals.files.map { originals.archivePath(of: $0) }
        #expect(Set(paths) == [prefix + "a/x.txt", prefix + "a/x-2.txt", prefix + "a/x-2-2.txt"])
        #expect(paths.count == 3)
    }

    @Test func leavesOutFilesNoLongerOnDisk() throws {
        let (originals, root) = try plan(["a.txt", "gone.txt"], missing: ["gone.txt"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(originals.files.count == 1)
        #expect(originals.leftOut == [root + "/gone.txt"])
    }
}
