import Core
import Foundation
import Testing
import TestSupport

/// Output paths are compared with inputs after resolving `..` and symbolic links.
@Suite struct OutputPlacementTests {
    @Test func containmentSeesThroughDotDotAndLinks() throws {
        let folder = try Fixtures.temporaryFolder("newskit-placement")
        try Fixtures.write("a", to: "data/a.txt", in: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link").path, withDestinationPath: "data")
        let data = folder.appendingPathComponent("data").path
        let input = folder.appendingPathComponent("data/a.txt").path
        #expect(OutputPlacement.refusal(output: folder.appendingPathComponent("data/../data").path, inputs: [input])?.contains("holds the input") == true)
        #expect(OutputPlacement.refusal(output: folder.appendingPathComponent("link").path, inputs: [input])?.contains("holds the input") == true)
        #expect(OutputPlacement.refusal(output: folder.appendingPathComponent("link/a.txt").path, inputs: [input])?.contains("is also an input") == true)
        #expect(OutputPlacement.refusal(output: folder.appendingPathComponent("link/new/out.json").path, inputs: [data])?.contains("lies inside the input") == true)
        #expect(OutputPlacement.refusal(output: folder.appendingPathComponent("out").path, inputs: [input, "-"]) == nil)
        #expect(OutputPlacement.refusal(output: "-", inputs: [input]) == nil)
    }

    @Test func protectedFoldersAreRefused() throws {
        #expect(OutputPlacement.refusal(output: "/", inputs: [])?.contains("the root folder") == true)
        #expect(OutputPlacement.refusal(output: ".", inputs: [])?.contains("the current folder") == true)
        #expect(OutputPlacement.refusal(output: "..", inputs: [])?.contains("a folder above the current one") == true)
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty,
           !FileManager.default.currentDirectoryPath.hasPrefix(home) {
            #expect(OutputPlacement.refusal(output: home, inputs: [])?.contains("your home folder") == true)
        }
    }
}
