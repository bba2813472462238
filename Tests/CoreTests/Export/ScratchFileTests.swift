import Core
import Foundation
import Testing

@Suite struct ScratchFileTests {
    @Test func givesBackEachPieceByItsRange() throws {
        let file = try ScratchFile(name: "test")
        let texts = ["", "plain", "Ünïcödé القدس 🇺🇦", String(repeating: "long line ", count: 50_000)]
        var ranges: [Range<Int64>] = []
        for text in texts { ranges.append(try file.append(text)) }
        let bytes = try file.append(Data([0, 1, 2, 255]))
        #expect(ranges.map { $0.upperBound - $0.lowerBound } == texts.map { Int64($0.utf8.count) })
        for (text, range) in zip(texts, ranges).reversed() { #expect(try file.text(at: range) == text) }
        #expect(try file.data(at: bytes) == Data([0, 1, 2, 255]))
        #expect(bytes.lowerBound == ranges[ranges.count - 1].upperBound)
    }

    @Test func leavesNothingInTheTemporaryFolder() throws {
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("newskit-scratchcheck-") })
        let file = try ScratchFile(name: "scratchcheck")
        _ = try file.append("kept only on the open descriptor")
        let during = Set(try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("newskit-scratchcheck-") })
        #expect(during == before)
    }
}
