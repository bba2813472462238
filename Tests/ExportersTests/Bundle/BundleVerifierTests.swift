import Core
import Foundation
import Testing
import TestSupport

@Suite struct BundleVerifierTests {
    func verify(_ url: URL) throws -> BundleVerification {
        try BundleVerifier.verify(Input(displayPath: url.lastPathComponent, url: url))
    }

    /// A bundle of the samples, re-tarred by Python with `action` applied to `path`.
    func edited(_ action: ArchiveEdit.Action, _ path: String, in folder: URL) throws -> URL {
        let bundle = try BundleTestSupport.bundleFile(try BundleTestSupport.sampleCorpus(), in: folder)
        let edited = folder.appendingPathComponent("edited.tar.gz")
        try ArchiveEdit.apply(action, to: path, in: bundle, writing: edited)
        return edited
    }

    static let original = "data/originals" + Fixtures.samples.path + "/002_4b0adf943e990bfc.txt"

    @Test func aWholeBundleVerifies() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try verify(try BundleTestSupport.bundleFile(try BundleTestSupport.sampleCorpus(), in: folder))
        #expect(result.isComplete)
        #expect(result.manifests == ["sha256"])
        #expect(result.payloadFiles == 5 + 1 + BundleTestSupport.companionFiles)
        // A re-tar by another tool that changes nothing still verifies: the check is on content.
        #expect(try verify(try edited(.flipFirstByte, "no-such-file", in: folder)).isComplete)
    }

    @Test func aChangedByteIsNamed() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try verify(try edited(.flipFirstByte, Self.original, in: folder))
        #expect(!result.isComplete)
        #expect(result.changed == [Self.original: ["sha256"]])
        #expect(result.missing.isEmpty && result.extra.isEmpty && result.oxumMismatch == nil)
    }

    /// Format-1 bundles (before newskit wrote SHA-256 alone) carry a manifest-sha512.txt too:
    /// it is still checked. The bundle is given one here, then a byte of an original is flipped.
    @Test func aFormatOneSHA512ManifestIsStillChecked() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = try BundleTestSupport.bundleFile(try BundleTestSupport.sampleCorpus(), in: folder)
        let withSHA512 = folder.appendingPathComponent("format1.tar.gz")
        let script = """
        import hashlib, io, sys, tarfile
        with tarfile.open(sys.argv[1]) as s, tarfile.open(sys.argv[2], "w:gz", format=tarfile.PAX_FORMAT) as d:
            members = s.getmembers()
            top = members[0].name.split("/")[0]
            lines = []
            for m in members:
                data = s.extractfile(m).read() if m.isfile() else None
                if m.isfile() and m.name.startswith(top + "/data/"):
                    lines.append(hashlib.sha512(data).hexdigest() + " " + m.name[len(top) + 1:] + "\\n")
                d.addfile(m, io.BytesIO(data) if data is not None else None)
            text = "".join(lines).encode()
            info = tarfile.TarInfo(top + "/manifest-sha512.txt")
            info.size = len(text)
            d.addfile(info, io.BytesIO(text))
        """
        #expect(try ExternalTool.python(script, [bundle.path, withSHA512.path]).status == 0)
        let whole = try verify(withSHA512)
        #expect(whole.isComplete && whole.manifests == ["sha256", "sha512"])
        let edited = folder.appendingPathComponent("edited.tar.gz")
        try ArchiveEdit.apply(.flipFirstByte, to: Self.original, in: withSHA512, writing: edited)
        #expect(try verify(edited).changed == [Self.original: ["sha256", "sha512"]])
    }

    @Test func aChangedTagFileIsNamed() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try verify(try edited(.flipFirstByte, "bag-info.txt", in: folder))
        #expect(result.changed == ["bag-info.txt": ["sha256"]])
    }

    @Test func aMissingFileIsNamedAndTheOxumDiffers() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try verify(try edited(.drop, Self.original, in: folder))
        #expect(result.missing == [Self.original])
        #expect(result.oxumMismatch?.found.hasSuffix(".\(4 + 1 + BundleTestSupport.companionFiles)") == true)
    }

    @Test func anExtraFileIsNamed() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try verify(try edited(.add, "data/sneaked-in.txt", in: folder))
        #expect(result.extra == ["data/sneaked-in.txt"])
        #expect(result.oxumMismatch != nil)
    }

    @Test func aPlainArchiveIsNotABundle() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bundle = try edited(.drop, "bagit.txt", in: folder)
        #expect(throws: BundleError.self) { _ = try verify(bundle) }
    }
}
