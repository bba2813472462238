import Foundation

/// Locale-independent, deterministic text for coordinates and other decimals.
enum NumberFormatting {
    /// `value` rounded to `places` decimals, trailing zeros dropped, no exponent, no `-0`:
    /// 36.25272 -> "36.25272", 50.0 -> "50", -0.0000001 -> "0". RFC 7946 §11.2 suggests 6 decimals
    /// for coordinates (about 10 cm).
    static func decimal(_ value: Double, places: Int = 6) -> String {
        guard value.isFinite else { return "" }
        var text = String(format: "%.\(places)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }
}
