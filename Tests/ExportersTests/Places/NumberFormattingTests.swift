@testable import Core
@testable import Exporters
import Foundation
import Testing

/// The integer formatting must print what printf prints, digit for digit: every coordinate of
/// the map, the GeoJSON and the CSV tables goes through it.
@Suite struct NumberFormattingTests {
    static func printf(_ value: Double, _ places: Int) -> String { String(format: "%.\(places)f", value) }

    @Test func agreesWithPrintfOnTiesEdgesAndRandomValues() {
        var values: [Double] = [0, -0.0, 0.25, 0.35, 2.5, -2.5, 0.05, 0.15, 1e-7, -1e-7, 0.5, 1.5, 999.95, 36.25272, 50, -0.04,
                                 1234.5, 1e6 + 0.05, 4.35, 1.0 / 3, 2.0 / 3, 179.9999995, -89.99999949, 0.0000005, 0.0000015,
                                 Double.leastNonzeroMagnitude, Double.ulpOfOne, 123_456_789.987_654_3, 8_000.25, 1e12 + 0.5]
        var rng = SplitMix64(seed: 42)
        func unit() -> Double { Double(rng.next() >> 11) / Double(1 << 53) }
        for _ in 0..<20_000 {
            values.append(unit() * 2_000 - 1_000)
            values.append(Double(Int(rng.next() % 200_001) - 100_000) / 1_024)  // exact ties
            values.append(Double(Int(rng.next() % 361) - 180) + Double(rng.next() % 1_000_001) / 1e6)
        }
        for value in values {
            for places in [0, 1, 2, 6] {
                if let fast = NumberFormatting.fixed(value, places: places) {
                    #expect(fast == Self.printf(value, places), "\(value) with \(places) places")
                }
            }
        }
    }

    @Test func decimalDropsTrailingZerosAndNegativeZero() {
        #expect(NumberFormatting.decimal(36.25272) == "36.25272")
        #expect(NumberFormatting.decimal(50.0) == "50")
        #expect(NumberFormatting.decimal(-0.0000001) == "0")
        #expect(NumberFormatting.decimal(-0.04, places: 1) == "0")
        #expect(NumberFormatting.decimal(.nan) == "")
        #expect(NumberFormatting.decimal(1e300) == String(Self.printf(1e300, 6).dropLast(7)))
    }
}
