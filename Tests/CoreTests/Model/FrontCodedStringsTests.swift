import Core
import Testing

@Suite struct FrontCodedStringsTests {
    static let paths: [String] = {
        var paths = ["", "a", "a", "ab", "b", "Ünïcödé/القدس/🇺🇦.txt", "Ünïcödé/القدس/🇺🇩.txt", "x"]
        for section in ["business", "entertainment", "politics"] {
            for number in 1...40 { paths.append("inputs/bbc-txt/\(section)/\(String(format: "%03d", number)).txt") }
        }
        paths.append(String(repeating: "long/", count: 500))
        paths.append("inputs/bbc-txt/business/001.txt")  // goes back to an earlier, shorter prefix
        return paths
    }()

    @Test func givesBackEveryStringByIndexInAnyOrder() {
        var list = FrontCodedStrings()
        for path in Self.paths { list.append(path) }
        #expect(list.count == Self.paths.count)
        for index in Self.paths.indices.reversed() { #expect(list[index] == Self.paths[index]) }
        #expect(Array(0..<list.count).map { list[$0] } == Self.paths)
    }

    @Test func knowsItsLastString() {
        var list = FrontCodedStrings()
        #expect(list.last == nil)
        #expect(!list.lastIs(""))
        for path in Self.paths {
            list.append(path)
            #expect(list.last == path)
            #expect(list.lastIs(path))
            #expect(!list.lastIs(path + "x"))
        }
    }

    @Test func storesSortedPathsInAFewBytesEach() {
        var list = FrontCodedStrings()
        let paths = (1...1_000).map { "/tmp/newskit-bench/inputs/bbc-10x-txt/business/\(String(format: "%04d", $0)).txt" }
        for path in paths { list.append(path) }
        let whole = paths.reduce(0) { $0 + $1.utf8.count }
        #expect(whole == 55_000)
        // 1,000 paths of 55 bytes: 63 restart entries whole, the others 2 length bytes + 2-4 bytes.
        #expect(list.byteCount < 12_000)
        var copy = FrontCodedStrings()
        for path in paths { copy.append(path) }
        #expect(list == copy)
        var longer = copy
        longer.append("extra")
        #expect(longer != list)
    }
}
