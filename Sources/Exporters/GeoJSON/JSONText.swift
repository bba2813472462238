/// JSON literals for hand-written JSON (RFC 8259 §7): deterministic and fast, no encoder per value.
enum JSONText {
    /// `value` as a quoted JSON string: `"`, `\` and control characters escaped, everything else
    /// (non-ASCII included) written as UTF-8.
    static func string(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
        return out
    }

    static func string(_ value: String?) -> String { value.map { string($0) } ?? "null" }
    static func integer(_ value: Int?) -> String { value.map(String.init) ?? "null" }
}
