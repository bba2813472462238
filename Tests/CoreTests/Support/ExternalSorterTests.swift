import Core
import Foundation
import Testing

@Suite struct ExternalSorterTests {
    /// A fixed pseudo-random sequence (splitmix64), so a failure can be replayed.
    private func values(_ count: Int, seed: UInt64, modulo: UInt64 = .max) -> [UInt64] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return (z ^ (z >> 31)) % modulo
        }
    }

    private func sorted(_ sorter: ExternalSorter) throws -> [UInt64] {
        var out: [UInt64] = []
        try sorter.forEachSorted { out.append($0) }
        return out
    }

    @Test(arguments: [0, 1, 2, 7, 8, 9, 100, 10_000])
    func givesEveryValueInOrderWhateverTheRunSize(count: Int) throws {
        let input = values(count, seed: UInt64(count), modulo: 1_000)  // many repeats
        let sorter = ExternalSorter(name: "sorttest", runCapacity: 8)
        for value in input { try sorter.append(value) }
        #expect(sorter.count == count)
        #expect(sorter.spilledRuns == (count > 8 ? (count + 7) / 8 - 1 : 0))
        #expect(try sorted(sorter) == input.sorted())
    }

    @Test func mergesManyRunsLargerThanAReadChunk() throws {
        // Runs of 20,000 values are read back in several chunks each; 13 runs exercise the heap.
        let input = values(250_000, seed: 42) + [0, .max, .max, 0]
        let sorter = ExternalSorter(name: "sorttest", runCapacity: 20_000)
        for value in input { try sorter.append(value) }
        #expect(sorter.spilledRuns == 12)
        #expect(try sorted(sorter) == input.sorted())
    }

    @Test func canBeReadAgainAndAppendedToInBetween() throws {
        for capacity in [3, 1_000] {
            let sorter = ExternalSorter(name: "sorttest", runCapacity: capacity)
            for value in [5, 3, 9, 1, 7] as [UInt64] { try sorter.append(value) }
            #expect(try sorted(sorter) == [1, 3, 5, 7, 9])
            #expect(try sorted(sorter) == [1, 3, 5, 7, 9])
            try sorter.append(4)
            #expect(try sorted(sorter) == [1, 3, 4, 5, 7, 9])
        }
    }

    @Test func stopsWhenTheBodyThrows() throws {
        struct Stop: Error {}
        let sorter = ExternalSorter(name: "sorttest", runCapacity: 4)
        for value in values(50, seed: 7) { try sorter.append(value) }
        var seen = 0
        #expect(throws: Stop.self) {
            try sorter.forEachSorted { _ in
                seen += 1
                if seen == 10 { throw Stop() }
            }
        }
        #expect(seen == 10)
    }

    @Test func heapSortSortsInPlace() {
        for count in [0, 1, 2, 3, 64, 1_001] {
            var input = values(count, seed: UInt64(count) + 1, modulo: 50)
            let expected = input.sorted()
            input.heapSort(by: <)
            #expect(input == expected)
        }
    }
}
