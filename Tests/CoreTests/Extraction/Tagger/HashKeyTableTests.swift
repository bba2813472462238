@testable import Core
import Testing

@Suite struct HashKeyTableTests {
    @Test func storesUpdatesAndGrowsLikeADictionary() {
        var table = HashKeyTable<Int>(capacity: 2)
        var reference: [UInt64: Int] = [:]
        // Keys that share low bits and keys that collide after the multiply both land in probes.
        let keys: [UInt64] = (0..<500).map { UInt64($0) << 40 } + (0..<500).map { UInt64($0) &* 0x9e37_79b9 } + [0, .max]
        for (n, key) in keys.enumerated() {
            table[key, default: 0] += n
            reference[key, default: 0] += n
        }
        #expect(table.count == reference.count)
        for key in keys { #expect(table[key] == reference[key]) }
        #expect(table[12_345_678_901] == nil)
        table[0] = 7
        #expect(table[0] == 7)
        #expect(table.count == reference.count)
    }
}
