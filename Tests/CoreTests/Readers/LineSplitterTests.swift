@testable import Core
import Foundation
import Testing

@Suite struct LineSplitterTests {
    /// Splits `text` with a tiny limit and returns the lines (as strings) with their ranges.
    func lines(_ bytes: [UInt8], limit: Int = 100, skip: Bool = false) throws -> (lines: [String], ranges: [LineRange], overlong: [Int]) {
        var source = DataByteSource(Data(bytes))
        var lines: [String] = [], ranges: [LineRange] = [], overlong: [Int] = []
        try LineSplitter(limit: limit, skipOverlong: skip, displayPath: "t.jsonl")
            .forEachLine(of: &source, overlong: { overlong.append($0) }) { line, range in
                lines.append(String(decoding: line, as: UTF8.self))
                ranges.append(range)
            }
        return (lines, ranges, overlong)
    }

    @Test func splitsOnNewlinesDropsCarriageReturnsAndKeepsALastLineWithoutNewline() throws {
        let result = try lines(Array("a\r\nbb\n\nccc".utf8))
        #expect(result.lines == ["a", "bb", "", "ccc"])
        #expect(result.ranges.map(\.number) == [1, 2, 3, 4])
        #expect(result.ranges.map(\.offset) == [0, 3, 6, 7])
        #expect(result.ranges.map(\.length) == [1, 2, 0, 3])
    }

    @Test func offsetsStayRightAcrossChunkBoundaries() throws {
        // Lines of 999 bytes + "\n" do not divide the 1 MiB chunk, so some straddle two reads.
        let line = [UInt8](repeating: UInt8(ascii: "x"), count: 999) + [0x0A]
        let bytes = Array([[UInt8]](repeating: line, count: 3000).joined())
        let result = try lines(bytes, limit: 1000)
        #expect(result.lines.count == 3000)
        #expect(result.ranges.allSatisfy { $0.length == 999 && $0.offset == UInt64(($0.number - 1) * 1000) })
    }

    @Test func lineOverTheLimitNamesFileAndLine() throws {
        let bytes = Array("short\n\(String(repeating: "y", count: 101))\nok\n".utf8)
        #expect(throws: ReadError.lineTooLong(location: "t.jsonl:2", limit: 100)) { try lines(bytes) }
    }

    @Test func lineOfExactlyTheLimitPassesEvenWithCRLF() throws {
        let result = try lines(Array("\(String(repeating: "z", count: 100))\r\n".utf8))
        #expect(result.lines.map(\.count) == [100])
    }

    @Test func theLargestLimitAUserCanTypeDoesNotOverflow() throws {
        #expect(try lines(Array("a\nb".utf8), limit: Int.max).lines == ["a", "b"])
    }

    @Test func skippingOverlongLinesGoesOnWithTheNextLine() throws {
        let long = String(repeating: "y", count: 3 << 20)  // longer than a chunk
        let result = try lines(Array("one\n\(long)\ntwo\n\(long)".utf8), limit: 100, skip: true)
        #expect(result.lines == ["one", "two"])
        #expect(result.overlong == [2, 4])
        #expect(result.ranges.map(\.number) == [1, 3])
        #expect(result.ranges[1].offset == UInt64(4 + long.utf8.count + 1))
    }

    /// An endless line (a symbolic link to /dev/zero named .jsonl) must fail once the limit is
    /// passed: a splitter that buffered the whole line would never return.
    @Test func endlessLineFailsAtTheLimitInsteadOfBufferingOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newskit-zero-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let link = folder.appendingPathComponent("endless.jsonl")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/zero")
        var options = ReadOptions()
        options.maxDocumentBytes = 4 << 20
        let reader = CorpusReader(context: ReadContext(options: options))
        #expect(throws: ReadError.lineTooLong(location: "\(link.path):1", limit: 4 << 20)) {
            try reader.read(paths: [link.path])
        }
    }
}
