import Core
import Foundation
import Testing
import TestSupport

@Suite struct ArchiveWriterTests {
    func archive(_ entries: [(String, String)], time: Int64 = 946_684_800) throws -> Data {
        let sink = MemorySink()
        let writer = try ArchiveWriter(sink: sink, name: "test.tar.gz")
        try writer.writeHeader(.directory("top", modificationTime: time))
        try writer.finishEntry()
        for (path, text) in entries {
            try writer.add(.file("top/\(path)", size: Int64(text.utf8.count), modificationTime: time), contents: Data(text.utf8))
        }
        try writer.close()
        return sink.data
    }

    /// An archive of several files spanning many gzip blocks, compressed on `threads` threads.
    func bigArchive(threads: Int) throws -> (data: Data, files: [String: Data]) {
        let sink = MemorySink()
        let writer = try ArchiveWriter(sink: sink, name: "big.tar.gz", threads: threads)
        var files: [String: Data] = [:]
        for n in 0..<6 {
            let text = GeneratedCorpus.noisyText(n, bytes: n * 250_000 + 1_000)
            files["top/\(n).txt"] = Data(text.utf8)
            try writer.add(.file("top/\(n).txt", size: Int64(text.utf8.count), modificationTime: 0), contents: Data(text.utf8))
        }
        try writer.close()
        return (sink.data, files)
    }

    @Test func bytesDoNotDependOnTheNumberOfThreads() throws {
        let one = try bigArchive(threads: 1)
        #expect(one.files.values.reduce(0) { $0 + $1.count } > 2 * ParallelGzipWriter.blockSize, "too small to span many blocks")
        #expect(try bigArchive(threads: 2).data == one.data)
        #expect(try bigArchive(threads: 4).data == one.data)
    }

    @Test func aManyBlockArchiveReadsBack() throws {
        let (data, files) = try bigArchive(threads: 2)
        let reader = try ArchiveReader(data: data, name: "big.tar.gz")
        var found: [String: Data] = [:]
        while let entry = try reader.nextEntry() { found[entry.path] = try reader.readData() }
        #expect(found == files)
    }

    @Test func nonASCIINamesRoundTrip() throws {
        let data = try archive([("Kyiv–Київ/Zürich é.txt", "Привіт"), ("plain.txt", "hello")])
        let reader = try ArchiveReader(data: data, name: "test.tar.gz")
        var found: [String: String] = [:]
        while let entry = try reader.nextEntry() {
            if entry.kind == .file { found[entry.path] = String(decoding: try reader.readData(), as: UTF8.self) }
        }
        #expect(found == ["top/Kyiv–Київ/Zürich é.txt": "Привіт", "top/plain.txt": "hello"])
    }

    @Test func gzipHeaderHasNoNameAndNoTime() throws {
        let data = try archive([("a.txt", "a")])
        #expect(Array(data.prefix(3)) == [0x1F, 0x8B, 0x08])
        #expect(data[3] & 0x08 == 0, "FNAME flag set")
        #expect(Array(data[4..<8]) == [0, 0, 0, 0], "gzip MTIME set")
    }

    @Test func entriesCarryTheGivenTimeAndNoOwner() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("t.tar.gz")
        try archive([("a.txt", "a")], time: 1_234_567_890).write(to: url)
        let listing = try ExternalTool.run("tar", ["--numeric-owner", "--full-time", "-tvzf", url.path], environment: ["TZ": "UTC"])
        #expect(listing.status == 0)
        #expect(listing.stdout.contains("-rw-r--r-- 0/0"))
        #expect(listing.stdout.contains("drwxr-xr-x 0/0"))
        #expect(listing.stdout.contains("2009-02-13 23:31:30"))
    }

    @Test func writingFewerBytesThanDeclaredFails() throws {
        let writer = try ArchiveWriter(sink: MemorySink(), name: "short.tar.gz")
        try writer.writeHeader(.file("a.txt", size: 10, modificationTime: 0))
        try writer.writeData(Data("abc".utf8))
        #expect(throws: ArchiveError.sizeMismatch(archive: "short.tar.gz", entry: "a.txt", declared: 10, written: 3)) {
            try writer.finishEntry()
        }
    }

    @Test func aFailingSinkStopsTheWriterWithItsOwnError() throws {
        let writer = try ArchiveWriter(sink: FailingSink(), name: "full.tar.gz")
        let big = Data((0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) })
        #expect(throws: ExportError.writeFailed(path: "full.tar.gz", reason: "No space left on device")) {
            try writer.add(.file("big.bin", size: Int64(big.count), modificationTime: 0), contents: big)
            try writer.close()
        }
    }
}

/// A sink that fails like a full disk.
final class FailingSink: ByteSink {
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        throw ExportError.writeFailed(path: "full.tar.gz", reason: "No space left on device")
    }
    func flush() throws {}
}
