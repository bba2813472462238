@testable import Core
import CZlib
import Foundation
import Testing
import TestSupport

@Suite struct ParallelGzipWriterTests {
    static let block = ParallelGzipWriter.blockSize

    /// Compresses `input`, handed over in `chunk`-byte writes (all at once when nil).
    func gzip(_ input: [UInt8], level: Int = 6, threads: Int = 2, blockSize: Int = ParallelGzipWriter.blockSize, chunk: Int? = nil) throws -> [UInt8] {
        let sink = MemorySink()
        let writer = try ParallelGzipWriter(sink: sink, name: "test.tar.gz", level: level, threads: threads, blockSize: blockSize)
        let step = max(chunk ?? input.count, 1)
        try input.withUnsafeBytes { bytes in
            for start in stride(from: 0, to: bytes.count, by: step) {
                try writer.write(UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + step, bytes.count)]))
            }
        }
        try writer.finish()
        return Array(sink.data)
    }

    @Test(arguments: [0, 1, block - 1, block, block + 1, 2 * block, 5 * block + 123])
    func everySizeRoundTripsThroughZlib(size: Int) throws {
        let input = TestBytes.text(size)
        let output = try gzip(input)
        #expect(try TestBytes.gunzip(output) == input)
    }

    @Test func incompressibleRandomBytesRoundTrip() throws {
        let input = TestBytes.random(3 * Self.block + 7, seed: 42)
        let output = try gzip(input, threads: 4)
        #expect(try TestBytes.gunzip(output) == input)
        // Stored deflate blocks: a little over the input, never much more.
        #expect(output.count < input.count + input.count / 100)
    }

    @Test func aMixWrittenInOddPiecesRoundTrips() throws {
        let input = TestBytes.mix()
        for chunk in [1, 7, 4_095, 70_000] {
            #expect(try TestBytes.gunzip(try gzip(Array(input.prefix(chunk == 1 ? 300_000 : input.count)), chunk: chunk))
                    == Array(input.prefix(chunk == 1 ? 300_000 : input.count)), "chunk \(chunk)")
        }
    }

    @Test func bytesDependOnlyOnInputAndLevel() throws {
        let input = TestBytes.mix()
        let one = try gzip(input, threads: 1)
        #expect(try gzip(input, threads: 2) == one)
        #expect(try gzip(input, threads: 4) == one)
        #expect(try gzip(input, threads: 4, chunk: 10_240) == one, "the cuts must not follow the write calls")
        #expect(try gzip(input, threads: 3, chunk: 99_999) == one)
        #expect(try gzip(input, level: 1, threads: 2) != one)
    }

    @Test func smallBlocksStillRoundTripAndStayThreadIndependent() throws {
        let input = TestBytes.mix()
        let one = try gzip(input, threads: 1, blockSize: 1_000)
        #expect(try gzip(input, threads: 4, blockSize: 1_000) == one)
        #expect(try TestBytes.gunzip(one) == input)
    }

    @Test func eachBlockIsAWholeMemberThatDecodesAlone() throws {
        let input = Array(TestBytes.mix().prefix(10_500))
        let output = try gzip(input, threads: 3, blockSize: 1_000)
        let members = try TestBytes.members(output)
        #expect(members.count == 11)
        for (index, member) in members.enumerated() {
            #expect(try TestBytes.gunzip(member) == Array(input[(index * 1_000)..<min((index + 1) * 1_000, input.count)]), "member \(index)")
        }
    }

    @Test(arguments: [(1, UInt8(4)), (6, UInt8(0)), (9, UInt8(2))])
    func headerIsFixedWithGzipsExtraFlags(level: Int, extraFlags: UInt8) throws {
        let output = try gzip(TestBytes.text(1_000), level: level)
        #expect(Array(output.prefix(10)) == [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, extraFlags, 3])
    }

    @Test func eachTrailerHoldsTheCRCAndLengthOfItsBlock() throws {
        let input = TestBytes.mix()
        let output = try gzip(input, threads: 4)
        let last = Array(input[(input.count / Self.block * Self.block)...])
        let trailer = Array(output.suffix(8))
        let crc = last.withUnsafeBytes { UInt32(crc32(0, $0.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt($0.count))) }
        #expect(TestBytes.littleEndian(trailer[0..<4]) == crc)
        #expect(TestBytes.littleEndian(trailer[4..<8]) == UInt32(last.count))
        let empty = try gzip([])
        #expect(try TestBytes.members(empty).count == 1, "an empty input is one empty member")
        #expect(TestBytes.littleEndian(empty.suffix(8)) == 0, "CRC-32 and length of nothing")
    }

    @Test func levelsStillMatter() throws {
        let input = TestBytes.text(4 * Self.block)
        let fast = try gzip(input, level: 1)
        let small = try gzip(input, level: 9)
        #expect(fast.count > small.count)
        #expect(try TestBytes.gunzip(fast) == input)
        #expect(try TestBytes.gunzip(small) == input)
    }

    @Test func gzipToolTestsAndDecompressesIt() throws {
        let gzipTool = try #require(ExternalTool.find("gzip"), "\(ExternalTool.missing("gzip"))")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = TestBytes.mix()
        let file = folder.appendingPathComponent("mix.gz")
        try Data(try gzip(input, threads: 4)).write(to: file)
        let test = try ExternalTool.run(gzipTool, ["-t", file.path])
        #expect(test.status == 0, "gzip -t: \(test.stderr)")
        let out = folder.appendingPathComponent("mix")
        let decompress = try ExternalTool.run("sh", ["-c", "\"$0\" -dc \"$1\" > \"$2\"", gzipTool, file.path, out.path])
        #expect(decompress.status == 0, "gzip -dc: \(decompress.stderr)")
        #expect(try Data(contentsOf: out) == Data(input))
    }

    @Test func pythonsGzipReadsIt() throws {
        let python = try #require(ExternalTool.find("python3"), "\(ExternalTool.missing("python3"))")
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = TestBytes.mix()
        let file = folder.appendingPathComponent("mix.gz")
        try Data(try gzip(input, threads: 2)).write(to: file)
        let result = try ExternalTool.run(python, ["-c", "import gzip, hashlib, sys; d = gzip.open(sys.argv[1]).read(); print(len(d), hashlib.sha256(d).hexdigest())", file.path])
        #expect(result.status == 0, "python3 gzip: \(result.stderr)")
        #expect(result.stdout == "\(input.count) \(Digest.sha256Hex(Data(input)))\n")
    }

    @Test(arguments: [1, 2])
    func aSinkErrorSurfacesAndStaysTheAnswer(threads: Int) throws {
        let sink = SinkFailingAfter(bytes: 100)
        let writer = try ParallelGzipWriter(sink: sink, name: "full.tar.gz", threads: threads)
        let input = TestBytes.random(8 * Self.block, seed: 7)
        #expect(throws: ExportError.writeFailed(path: "full.tar.gz", reason: "No space left on device")) {
            try input.withUnsafeBytes { try writer.write($0) }
            try writer.finish()
        }
        #expect(writer.liveThreads == 0, "threads still running after the failure")
        #expect(throws: ExportError.writeFailed(path: "full.tar.gz", reason: "No space left on device")) { try writer.finish() }
    }

    @Test func aSinkThatFailsAtTheHeaderFailsTheFinish() throws {
        let writer = try ParallelGzipWriter(sink: SinkFailingAfter(bytes: 0), name: "full.tar.gz", threads: 2)
        try Array("hello".utf8).withUnsafeBytes { try writer.write($0) }
        #expect(throws: ExportError.writeFailed(path: "full.tar.gz", reason: "No space left on device")) { try writer.finish() }
        #expect(writer.liveThreads == 0)
    }

    @Test func threadsAreJoinedOnFinishAndOnDrop() throws {
        let writer = try ParallelGzipWriter(sink: MemorySink(), name: "t.tar.gz", threads: 3)
        #expect(writer.liveThreads == 3)
        try TestBytes.text(3 * Self.block).withUnsafeBytes { try writer.write($0) }
        try writer.finish()
        #expect(writer.liveThreads == 0)

        let queue: DeflateWorkers.Queue
        do {
            let dropped = try ParallelGzipWriter(sink: MemorySink(), name: "t.tar.gz", threads: 3)
            try TestBytes.text(5 * Self.block).withUnsafeBytes { try dropped.write($0) }
            queue = try #require(dropped.workerQueue)
            #expect(queue.live == 3)
        }
        #expect(queue.live == 0, "an unfinished writer left threads behind")
    }

    @Test func oneThreadMeansNoExtraThreads() throws {
        let writer = try ParallelGzipWriter(sink: MemorySink(), name: "t.tar.gz", threads: 1)
        #expect(writer.workerQueue == nil)
        try writer.finish()
    }
}

/// A sink that takes `bytes` bytes, then fails like a full disk.
final class SinkFailingAfter: ByteSink {
    private var room: Int
    init(bytes: Int) { room = bytes }
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count <= room else { throw ExportError.writeFailed(path: "full.tar.gz", reason: "No space left on device") }
        room -= bytes.count
    }
    func flush() throws {}
}

/// Inputs and a strict gzip decoder for the compression tests.
enum TestBytes {
    /// English-like text (compresses ~3:1, with matches across block cuts).
    static func text(_ count: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count + 200)
        var n = 0
        while out.count < count {
            out += Array(GeneratedCorpus.text(n).utf8) + [10]
            n += 1
        }
        return Array(out.prefix(count))
    }

    /// `count` bytes from a seeded SplitMix64: the same every run, incompressible.
    static func random(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var out: [UInt8] = []
        out.reserveCapacity(count + 8)
        while out.count < count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: z >> shift)) }
        }
        return Array(out.prefix(count))
    }

    /// Text, zeros and random bytes in stretches that do not line up with the blocks (~1.2 MB).
    static func mix() -> [UInt8] {
        text(300_000) + [UInt8](repeating: 0, count: 200_001) + random(150_000, seed: 3) + text(250_000)
            + random(5, seed: 9) + [UInt8](repeating: 0x41, count: 100_000) + text(190_000)
    }

    static func littleEndian<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        bytes.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    enum GunzipError: Error { case zlib(Int32), trailingBytes(Int), truncated }

    /// Decodes a series of gzip members with zlib (which checks each CRC-32 and length) and
    /// refuses anything after the last.
    static func gunzip(_ data: [UInt8]) throws -> [UInt8] {
        try members(data).flatMap { try gunzipMember($0).output }
    }

    /// `data` cut into its gzip members (each decoded once to find where it ends).
    static func members(_ data: [UInt8]) throws -> [[UInt8]] {
        var members: [[UInt8]] = []
        var rest = data[...]
        repeat {
            let used = try gunzipMember(Array(rest), allowTrailing: true).used
            members.append(Array(rest.prefix(used)))
            rest = rest.dropFirst(used)
        } while !rest.isEmpty
        return members
    }

    /// Decodes the gzip member at the start of `data`: its output and its length in bytes.
    static func gunzipMember(_ data: [UInt8], allowTrailing: Bool = false) throws -> (output: [UInt8], used: Int) {
        var stream = z_stream()
        guard newskit_inflateInit2(&stream, 15 + 16) == Z_OK else { throw GunzipError.zlib(Z_STREAM_ERROR) }
        defer { inflateEnd(&stream) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = data
        return try input.withUnsafeMutableBufferPointer { inPtr in
            stream.next_in = inPtr.baseAddress
            stream.avail_in = uInt(inPtr.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    return (status, out.count - Int(stream.avail_out))
                }
                result += chunk[..<produced]
                switch status {
                case Z_STREAM_END:
                    guard allowTrailing || stream.avail_in == 0 else { throw GunzipError.trailingBytes(Int(stream.avail_in)) }
                    return (result, inPtr.count - Int(stream.avail_in))
                case Z_OK: continue
                case Z_BUF_ERROR: throw GunzipError.truncated
                default: throw GunzipError.zlib(status)
                }
            }
        }
    }
}
