import Core
import Foundation
import Testing
import TestSupport

/// The bundle as other tools see it: GNU tar and bsdtar list and extract it, bagit.py validates
/// the extracted bag, and the CLI writes the same bytes under another time zone and locale.
/// Needs `tar`, `bsdtar` (libarchive-tools) and `bagit.py` (pip install bagit) on PATH.
@Suite struct BundleOutsideToolsTests {
    @Test func gnuTarAndBsdtarListAndExtractIt() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = try BundleTestSupport.bundleFile(try BundleTestSupport.sampleCorpus(), in: folder)
        let expected = try BundleTestSupport.entries(try Data(contentsOf: bundle)).map { $0.kind == .directory ? $0.path + "/" : $0.path }
        for tool in [["tar", "-tzf"], ["bsdtar", "-tf"]] {
            let listing = try ExternalTool.run(tool[0], [tool[1], bundle.path])
            #expect(listing.status == 0, "\(tool[0]): \(listing.stderr)")
            #expect(listing.stdout.split(separator: "\n").map(String.init) == expected, "\(tool[0]) lists other entries")
        }
        for (tool, flag) in [("tar", "-xzf"), ("bsdtar", "-xf")] {
            let target = folder.appendingPathComponent(tool)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            let result = try ExternalTool.run(tool, [flag, bundle.path, "-C", target.path])
            #expect(result.status == 0, "\(tool): \(result.stderr)")
            let top = try #require(expected.first)
            let json = target.appendingPathComponent(top).appendingPathComponent("data/corpus.json")
            #expect(FileManager.default.fileExists(atPath: json.path), "\(tool) did not extract corpus.json")
        }
    }

    @Test func bagitPyValidatesTheExtractedBag() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = try BundleTestSupport.bundleFile(try BundleTestSupport.sampleCorpus(), in: folder)
        #expect(try ExternalTool.run("tar", ["-xzf", bundle.path, "-C", folder.path]).status == 0)
        let top = try #require(try BundleTestSupport.entries(try Data(contentsOf: bundle)).first?.path)
        let result = try ExternalTool.run("bagit.py", ["--validate", folder.appendingPathComponent(top).path])
        #expect(result.status == 0, "bagit.py (pip install bagit): \(result.stderr)")
        #expect(result.stderr.contains("is valid"))
    }

    @Test func theCLIWritesTheSameBytesInAnotherTimeZoneAndLocale() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var digests: [String] = []
        for (index, environment) in [["TZ": "UTC", "LC_ALL": "C"], ["TZ": "Pacific/Auckland", "LC_ALL": "C.UTF-8"]].enumerated() {
            let output = folder.appendingPathComponent("run\(index).tar.gz")
            let result = try BinaryRunner.run(["export", "samples", "--format", "tar.gz", "--output", output.path, "--quiet"], environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            digests.append(Digest.sha256Hex(try Data(contentsOf: output)))
        }
        #expect(digests.count == 2 && digests[0] == digests[1])
    }
}
