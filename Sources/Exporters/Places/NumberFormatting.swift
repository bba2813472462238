import Foundation

/// Locale-independent, deterministic text for coordinates and other decimals.
enum NumberFormatting {
    /// `value` rounded to `places` decimals, trailing zeros dropped, no exponent, no `-0`:
    /// 36.25272 -> "36.25272", 50.0 -> "50", -0.0000001 -> "0". RFC 7946 §11.2 suggests 6 decimals
    /// for coordinates (about 10 cm).
    static func decimal(_ value: Double, places: Int = 6) -> String {
        guard value.isFinite else { return "" }
        var text = fixed(value, places: places) ?? String(format: "%.\(places)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }

    /// What `String(format: "%.<places>f", value)` prints, computed exactly in integers for
    /// the values maps and tables have (a few thousand map coordinates per book went through
    /// printf): `value` is `m * 2^e` exactly, so `value * 10^places` is `m * 10^places / 2^-e`,
    /// rounded half to even as printf rounds. Nil outside the range where that fits 128 bits.
    static func fixed(_ value: Double, places: Int) -> String? {
        guard (0...9).contains(places), value.isFinite else { return nil }
        let scale = (0..<places).reduce(UInt128(1)) { power, _ in power * 10 }
        let significand = UInt128(value.significandBitPattern | (value.isNormal ? 1 << 52 : 0))
        let exponent = value.isNormal ? Int(value.exponent) - 52 : -1074
        guard exponent >= -120, exponent <= 10 else { return value == 0 ? zero(places, negative: value.sign == .minus) : nil }
        var units: UInt128
        if exponent >= 0 {
            units = (significand << UInt128(exponent)) * scale
        } else {
            let scaled = significand * scale
            let shift = UInt128(-exponent)
            units = scaled >> shift
            let remainder = scaled - (units << shift)
            let half = UInt128(1) << (shift - 1)
            if remainder > half || (remainder == half && units & 1 == 1) { units += 1 }
        }
        let whole = units / scale, fraction = units % scale
        var text = value.sign == .minus ? "-" : ""
        text += String(whole)
        if places > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: places - digits.count) + digits
        }
        return text
    }

    private static func zero(_ places: Int, negative: Bool) -> String {
        (negative ? "-" : "") + "0" + (places > 0 ? "." + String(repeating: "0", count: places) : "")
    }
}
