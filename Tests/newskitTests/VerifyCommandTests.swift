import Foundation
import Testing
import TestSupport

@Suite struct VerifyCommandTests {
    /// The README's "corpus snapshot" command, as a user types it.
    @Test func snapshotThenVerifyExitsZero() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = folder.appendingPathComponent("out/corpus.tar.gz").path
        let export = try BinaryRunner.run(["export", "samples", "--format", "tar.gz", "--output", bundle])
        #expect(export.status == 0, "\(export.stderr)")
        let verify = try BinaryRunner.run(["verify", bundle])
        #expect(verify.status == 0, "\(verify.stderr)")
        // 5 originals, corpus.json, three tables, datapackage.json and places.geojson.
        #expect(verify.stdout.contains("whole. 11 payload files"))
        #expect(verify.stdout.contains("; sha256 manifest, tag manifest and Payload-Oxum match."), "it names the manifests it checked")
    }

    @Test func aChangedByteExitsOneAndListsTheFile() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = folder.appendingPathComponent("corpus.tar.gz")
        #expect(try BinaryRunner.run(["export", "samples", "--format", "tar.gz", "--output", bundle.path, "--option", "name=snap"]).status == 0)
        let edited = folder.appendingPathComponent("edited.tar.gz")
        try ArchiveEdit.apply(.flipFirstByte, to: "data/originals/samples/001_6e1553585c10b37b.txt", in: bundle, writing: edited)
        let verify = try BinaryRunner.run(["verify", edited.path])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("changed  snap/data/originals/samples/001_6e1553585c10b37b.txt (sha256 differs)"))
        #expect(verify.stderr.contains("does not match its manifests"))
    }

    @Test func aNonBundleExitsOneWithAClearError() throws {
        let result = try BinaryRunner.run(["verify", "samples/000_9d9542bccc8957e3.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("samples/000_9d9542bccc8957e3.txt: cannot open the archive"))
        let missing = try BinaryRunner.run(["verify", "no-such.tar.gz"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no-such.tar.gz: no such file"))
    }

    @Test func aBundleIsAnInputForExport() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = folder.appendingPathComponent("corpus.tar.gz").path
        #expect(try BinaryRunner.run(["export", "samples", "--format", "tar.gz", "--output", bundle]).status == 0)
        let fromBundle = try BinaryRunner.run(["export", bundle, "--format", "json", "--output", "-"])
        let fromFiles = try BinaryRunner.run(["export", "samples", "--format", "json", "--output", "-"])
        #expect(fromBundle.status == 0, "\(fromBundle.stderr)")
        #expect(fromBundle.stdoutData == fromFiles.stdoutData)
    }
}
