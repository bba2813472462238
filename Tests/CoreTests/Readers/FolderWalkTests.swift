@testable import Core
import Foundation
import TestSupport
import Testing

@Suite struct FolderWalkTests {
    @Test func listsRegularFilesInByteOrderSkippingHiddenNamesAndLinks() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b.txt", "a/z.txt", "a-b/y.txt", "a/deeper/x.jsonl", ".hidden.txt", ".git/config", "Ä.txt"] {
            try Fixtures.write("text", to: name, in: folder)
        }
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.txt").path, withDestinationPath: "b.txt")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: ".")
        let files = try FolderWalk.files(in: folder, displayPath: "in")
        // Byte order of the relative path: "-" (0x2D) sorts before "/" (0x2F), "Ä" after ASCII.
        #expect(files.map(\.displayPath) == ["in/a-b/y.txt", "in/a/deeper/x.jsonl", "in/a/z.txt", "in/b.txt", "in/Ä.txt"])
        #expect(files.allSatisfy { $0.url != nil && $0.data == nil })
    }

    @Test func aFolderThatCannotBeListedIsAnErrorNamingIt() throws {
        #expect(throws: ReadError.self) {
            _ = try FolderWalk.files(in: URL(fileURLWithPath: "/nonexistent-newskit-folder"), displayPath: "missing/")
        }
    }
}
