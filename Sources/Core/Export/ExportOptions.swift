/// The raw `--option key=value` pairs for one exporter. Each exporter parses them into a typed
/// struct at the top of `export` and throws `ExportError.badOption` for anything it does not know.
public struct ExportOptions: Sendable, Equatable {
    public private(set) var values: [String: String]

    public init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// Parses `key=value` strings.
    /// - Throws: `ExportError.badOptionSyntax` for an item without `=` or with an empty key.
    public init(parsing items: [String]) throws {
        var values: [String: String] = [:]
        for item in items {
            guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
                throw ExportError.badOptionSyntax(item)
            }
            values[String(item[..<equals])] = String(item[item.index(after: equals)...])
        }
        self.values = values
    }

    public subscript(key: String) -> String? { values[key] }

    /// Throws `ExportError.badOption` for the first key that `descriptor` does not declare.
    public func validate(against descriptor: ExporterDescriptor) throws {
        let known = Set(descriptor.options.map(\.name))
        for key in values.keys.sorted() where !known.contains(key) {
            throw ExportError.unknownOption(exporter: descriptor.name, key: key, known: descriptor.options.map(\.name))
        }
    }

    /// An integer option within `range`, or `defaultValue` when absent.
    public func integer(_ key: String, exporter: String, in range: ClosedRange<Int>, default defaultValue: Int) throws -> Int {
        guard let raw = values[key] else { return defaultValue }
        guard let value = Int(raw), range.contains(value) else {
            throw ExportError.badOption(exporter: exporter, key: key, value: raw, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// A boolean option (`true`/`false`, `yes`/`no`, `1`/`0`), or `defaultValue` when absent.
    public func bool(_ key: String, exporter: String, default defaultValue: Bool) throws -> Bool {
        guard let raw = values[key] else { return defaultValue }
        switch raw.lowercased() {
        case "true", "yes", "1", "on": return true
        case "false", "no", "0", "off": return false
        default: throw ExportError.badOption(exporter: exporter, key: key, value: raw, expected: "true or false")
        }
    }

    /// One of `allowed`, or `defaultValue` when absent.
    public func choice(_ key: String, exporter: String, allowed: [String], default defaultValue: String) throws -> String {
        guard let raw = values[key] else { return defaultValue }
        guard allowed.contains(raw) else {
            throw ExportError.badOption(exporter: exporter, key: key, value: raw, expected: "one of \(allowed.joined(separator: ", "))")
        }
        return raw
    }
}
