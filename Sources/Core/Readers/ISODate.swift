import Foundation

/// Checks and normalises ISO 8601 dates as articles carry them.
public enum ISODate {
    /// True for `YYYY-MM-DD` with a real month and day.
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              year >= 1, (1...12).contains(month), day >= 1 else { return false }
        let days = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }

    /// The date or date-time as newskit stores it, or nil when `text` is not ISO 8601.
    /// Accepts `YYYY-MM-DD`, and `YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]` (a space instead of `T` too).
    public static func normalise(_ text: String) -> String? {
        let trimmed = text.trimmingSpaces()
        guard trimmed.count >= 10 else { return nil }
        let datePart = String(trimmed.prefix(10))
        guard isValid(datePart) else { return nil }
        if trimmed.count == 10 { return datePart }
        var rest = trimmed.dropFirst(10)
        guard let separator = rest.first, separator == "T" || separator == " " else { return nil }
        rest = rest.dropFirst()
        guard isValidTime(String(rest)) else { return nil }
        return datePart + "T" + rest
    }

    static func isValidTime(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasSuffix("Z") {
            body = body.dropLast()
        } else if let sign = body.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = body[body.index(after: sign)...]
            let zoneParts = zone.split(separator: ":")
            guard (zoneParts.count == 2 && zoneParts.allSatisfy { $0.count == 2 && Int($0) != nil })
                    || (zone.count == 4 && Int(zone) != nil) else { return false }
            body = body[..<sign]
        }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              let hour = Int(parts[0]), parts[0].count == 2, (0...23).contains(hour),
              let minute = Int(parts[1]), parts[1].count == 2, (0...59).contains(minute) else { return false }
        if parts.count == 3 {
            let seconds = parts[2]
            guard let whole = Int(seconds.prefix(2)), seconds.prefix(2).count == 2, (0...60).contains(whole) else { return false }
            let fraction = seconds.dropFirst(2)
            guard fraction.isEmpty || (fraction.first == "." && fraction.count > 1 && fraction.dropFirst().allSatisfy(\.isNumber)) else {
                return false
            }
        }
        return true
    }
}
