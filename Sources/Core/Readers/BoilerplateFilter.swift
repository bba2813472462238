import Foundation

/// Drops web boilerplate lines ("Play video", "IE 11 is not supported…", podcast promos) from
/// plain-text articles. The built-in list is `Resources/boilerplate.txt`; users add their own
/// patterns with `--boilerplate FILE` in the same format (documented in that file and README).
public struct BoilerplateFilter: Sendable, Equatable {
    /// Whole lines to drop, case-folded.
    public private(set) var exactLines: Set<String> = []
    /// Line prefixes to drop, case-folded.
    public private(set) var prefixes: [String] = []

    public init(patterns: [String] = []) {
        for pattern in patterns { add(pattern) }
    }

    /// Parses the pattern file format: one pattern a line, `#` comments, `*` suffix for prefixes.
    public init(fileContents: String) {
        self.init(patterns: fileContents.split(whereSeparator: \.isNewline).map(String.init))
    }

    /// The built-in list shipped with newskit.
    public static let builtIn: BoilerplateFilter = {
        guard let url = Bundle.module.url(forResource: "boilerplate", withExtension: "txt", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            return BoilerplateFilter()
        }
        return BoilerplateFilter(fileContents: text)
    }()

    public mutating func add(_ pattern: String) {
        let trimmed = pattern.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return }
        if trimmed.hasSuffix("*") {
            prefixes.append(String(trimmed.dropLast()).lowercased())
        } else {
            exactLines.insert(trimmed.lowercased())
        }
    }

    /// Adds the patterns of another filter.
    public mutating func merge(_ other: BoilerplateFilter) {
        exactLines.formUnion(other.exactLines)
        prefixes.append(contentsOf: other.prefixes)
    }

    /// Whether `line` (already trimmed) is boilerplate.
    public func matches(_ line: String) -> Bool {
        let folded = line.lowercased()
        if exactLines.contains(folded) { return true }
        return prefixes.contains { !$0.isEmpty && folded.hasPrefix($0) }
    }
}
