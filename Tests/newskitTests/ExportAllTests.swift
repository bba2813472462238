import Foundation
import Testing
import TestSupport

/// `--format all`: every built-in format (as `newskit formats --json` lists them), never plugins.
@Suite struct ExportAllTests {
    @Test func allWritesEveryBuiltInIntoTheFolderAndNoPlugin() throws {
        let environment = ["NEWSKIT_PLUGIN_PATH": Fixtures.samples.appendingPathComponent("plugins").path]
        let listing = try BinaryRunner.run(["formats", "--json"], environment: environment)
        let entries = try #require(try JSONSerialization.jsonObject(with: listing.stdoutData) as? [[String: Any]])
        let builtIns = entries.filter { $0["builtin"] as? Bool == true }.compactMap { $0["file_name"] as? String }
        #expect(!builtIns.isEmpty)
        #expect(entries.contains { $0["plugin"] != nil }, "the sample plugin should be found, so that leaving it out means something")

        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let result = try BinaryRunner.run(["export", "samples", "--format", "all", "--output", output.path], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == builtIns.sorted())
    }

    /// Several formats are written at the same time, each on its own thread; every file must be
    /// the bytes that format writes alone.
    @Test func formatsWrittenTogetherAreTheBytesEachWritesAlone() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["SOURCE_DATE_EPOCH": "1646006400"]
        let together = folder.appendingPathComponent("together")
        let result = try BinaryRunner.run(["export", "samples", "--format", "all", "--quiet", "--output", together.path], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: together.path).sorted()
        #expect(names.contains("digest.epub") && names.contains("corpus.json"))
        for (format, file) in [("epub", "digest.epub"), ("json", "corpus.json"), ("geojson", "places.geojson"), ("map", "places.svg"), ("tar.gz", "corpus.tar.gz")] {
            let alone = folder.appendingPathComponent("alone-" + file)
            let single = try BinaryRunner.run(["export", "samples", "--format", format, "--quiet", "--output", alone.path], environment: environment)
            #expect(single.status == 0, "\(single.stderr)")
            #expect(try Data(contentsOf: alone) == Data(contentsOf: together.appendingPathComponent(file)), "\(format)")
        }
    }

    @Test func allCannotGoToStandardOutput() throws {
        let result = try BinaryRunner.run(["export", "samples", "--format", "all", "--output", "-"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
    }

    @Test func helpMentionsAll() throws {
        let result = try BinaryRunner.run(["export", "--help"])
        #expect(result.stdout.contains("--format all writes every built-in format (not plugins)"))
    }
}
