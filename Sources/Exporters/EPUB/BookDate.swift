/// Dates as the book shows them, computed by hand so the output never depends on the
/// machine's locale or time zone: "Monday 28 February 2022".
enum BookDate {
    private static let months = ["January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"]
    private static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The `YYYY-MM-DD` day of an ISO 8601 date or date-time, or nil when it does not start with one.
    static func day(of iso: String?) -> String? {
        guard let iso, let parts = parts(iso) else { return nil }
        return String(format: "%04d-%02d-%02d", parts.year, parts.month, parts.day)
    }

    /// "Monday 28 February 2022" for `2022-02-28`; the input itself when it is not a date.
    static func long(_ iso: String) -> String {
        guard let (year, month, day) = parts(iso) else { return iso }
        return "\(weekdays[weekday(year, month, day)]) \(day) \(months[month - 1]) \(year)"
    }

    /// "28 February 2022" for `2022-02-28`.
    static func medium(_ iso: String) -> String {
        guard let (year, month, day) = parts(iso) else { return iso }
        return "\(day) \(months[month - 1]) \(year)"
    }

    private static func parts(_ iso: String) -> (year: Int, month: Int, day: Int)? {
        let scalars = Array(iso.utf8.prefix(10))
        guard scalars.count == 10, scalars[4] == UInt8(ascii: "-"), scalars[7] == UInt8(ascii: "-"),
              let year = Int(String(decoding: scalars[0..<4], as: UTF8.self)),
              let month = Int(String(decoding: scalars[5..<7], as: UTF8.self)),
              let day = Int(String(decoding: scalars[8..<10], as: UTF8.self)),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (year, month, day)
    }

    /// 0 for Monday ... 6 for Sunday (Sakamoto's method).
    private static func weekday(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let sundayBased = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
        return (sundayBased + 6) % 7
    }
}
