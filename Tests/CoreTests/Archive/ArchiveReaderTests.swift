import Core
import Foundation
import Testing
import TestSupport

@Suite struct ArchiveReaderTests {
    /// Reads every entry into memory, as bundle reading does.
    func readAll(_ url: URL, limits: ArchiveLimits = ArchiveLimits()) throws -> [String: Data] {
        let reader = try ArchiveReader(contentsOf: url, name: url.lastPathComponent, limits: limits)
        var files: [String: Data] = [:]
        while let entry = try reader.nextEntry() {
            if entry.kind == .file { files[entry.path] = try reader.readData() }
        }
        return files
    }

    func refusal(_ kind: String, limits: ArchiveLimits = ArchiveLimits()) throws -> ArchiveError? {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try HostileArchives.make(kind, in: folder)
        do {
            _ = try readAll(url, limits: limits)
            return nil
        } catch let error as ArchiveError {
            return error
        }
    }

    @Test(arguments: [
        ("absolute", "/tmp/newskit-evil", "absolute path"),
        ("dotdot", "bundle/../../newskit-evil", "\"..\""),
        ("symlink", "bundle/link", "symbolic link"),
        ("hardlink", "bundle/b", "hard link"),
        ("device", "bundle/dev", "device"),
        ("fifo", "bundle/fifo", "FIFO"),
    ])
    func unsafeEntriesAreRefusedByName(kind: String, entry: String, reason: String) throws {
        let error = try refusal(kind)
        guard case .unsafeEntry(_, let refused, let why) = error else {
            Issue.record("expected unsafeEntry for \(kind), got \(String(describing: error))")
            return
        }
        #expect(refused == entry)
        #expect(why.contains(reason))
        #expect(error?.description.contains("\(kind).tar.gz") == true)
    }

    @Test func tooManyEntriesIsATarBomb() throws {
        let error = try refusal("many", limits: ArchiveLimits(maxBytes: 1 << 30, maxEntries: 10, maxRatio: 200))
        guard case .limitExceeded(_, _, let limit, let option) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(limit.contains("more than 10 entries"))
        #expect(option == "--max-archive-entries")
    }

    @Test func declaredSizeOverTheCapFailsBeforeReading() throws {
        let error = try refusal("large", limits: ArchiveLimits(maxBytes: 4096, maxEntries: 100, maxRatio: 200))
        guard case .limitExceeded(_, let entry, _, let option) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(entry == "bundle/big")
        #expect(option == "--max-archive-bytes")
    }

    @Test func gzipBombTripsTheRatio() throws {
        let error = try refusal("zeros", limits: ArchiveLimits(maxBytes: 1 << 30, maxEntries: 100, maxRatio: 50, ratioGrace: 1 << 20))
        guard case .limitExceeded(_, let entry, let limit, let option) = error else { Issue.record("got \(String(describing: error))"); return }
        #expect(entry == "bundle/zeros")
        #expect(limit.contains("ratio over 50"))
        #expect(option == "--max-archive-ratio")
    }

    @Test func truncatedArchiveNamesTheEntry() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try HostileArchives.make("noise", in: folder)
        let whole = try Data(contentsOf: url)
        try whole.prefix(whole.count / 2).write(to: url)
        #expect {
            _ = try readAll(url)
        } throws: { error in
            guard case .libarchive(let operation, _, _, _, let entry) = error as? ArchiveError else { return false }
            return operation == .readData && entry == "bundle/noise.bin"
        }
    }

    func corrupted(_ kind: String, in folder: URL) throws -> URL {
        let url = try HostileArchives.make(kind, in: folder)
        var bytes = [UInt8](try Data(contentsOf: url))
        for index in stride(from: bytes.count / 2, to: bytes.count / 2 + 64, by: 1) { bytes[index] ^= 0x5A }
        try Data(bytes).write(to: url)
        return url
    }

    /// Bytes flipped inside stored (incompressible) gzip blocks pass libarchive unseen; the
    /// gzip CRC check after the last entry catches them before the reader reports the end.
    @Test func flippedBytesFailTheGzipCheck() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try corrupted("noise", in: folder)
        #expect {
            _ = try readAll(url)
        } throws: { error in
            guard case .corrupt(let archive, let lastEntry, let reason) = error as? ArchiveError else { return false }
            return archive == "noise.tar.gz" && lastEntry == "bundle/noise.bin" && reason.contains("check")
        }
    }

    @Test func corruptCompressedTextFails() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try corrupted("text", in: folder)
        #expect(throws: ArchiveError.self) { _ = try readAll(url) }
    }

    @Test func aPlainArchiveReadsWhole() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try readAll(try HostileArchives.make("noise", in: folder))
        #expect(files["bundle/a.txt"] == Data("hello".utf8))
        #expect(files["bundle/noise.bin"]?.count == 300_000)
    }
}
