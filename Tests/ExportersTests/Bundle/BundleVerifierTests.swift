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
        #expect(result.payloadFiles == 5 + 1 + BundleTestSupport.companionFiles)
        // A re-tar by another tool that changes nothing still verifies: the check is on content.
        #expect(try verify(try edited(.flipFirstByte, "no-such-file", in: folder)).isComplete)
    }

    @Test func aChangedByteIsNamed() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try verify(try edited(.flipFirstByte, Self.original, in: folder))
        #expect(!result.isComplete)
        #expect(result.changed == [Self.original: ["sha256", "sha512"]])
        #expect(result.missing.isEmpty && result.extra.isEmpty && result.oxumMismatch == nil)
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
