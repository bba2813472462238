import Core

/// The `--option` settings of the EPUB exporter, parsed and checked.
struct EPUBOptions {
    static let declared = [
        ExporterOption(name: "title", help: "The book's title; defaults to the corpus title, else \"News digest\"."),
        ExporterOption(name: "language", help: "The book's language as a BCP 47 tag (en, fr, pt-BR).", defaultValue: "en"),
        ExporterOption(name: "duplicates", help: "Group stories sharing at least this share (0.05-1) of the shorter one's sampled five-word phrases; off to show every story.", defaultValue: "0.2"),
    ]

    var title: String?
    var language: String
    /// Containment threshold for grouping duplicates; nil shows every story.
    var duplicates: Double?

    /// - Throws: `ExportError.badOption` for an empty title, a language that is not a BCP 47 tag
    ///   or a duplicates threshold out of range.
    init(_ options: ExportOptions, exporter: String) throws {
        if let raw = options["title"] {
            guard !raw.allSatisfy(\.isWhitespace) else {
                throw ExportError.badOption(exporter: exporter, key: "title", value: raw, expected: "a non-empty title")
            }
            title = raw
        }
        language = options["language"] ?? "en"
        guard Self.isLanguageTag(language) else {
            throw ExportError.badOption(exporter: exporter, key: "language", value: language,
                                        expected: "a BCP 47 language tag such as en, fr or pt-BR")
        }
        duplicates = DuplicateFinder.defaultContainment
        if let raw = options["duplicates"] {
            if raw.lowercased() == "off" {
                duplicates = nil
            } else if let value = Double(raw), value >= 0.05, value <= 1 {
                duplicates = value
            } else {
                throw ExportError.badOption(exporter: exporter, key: "duplicates", value: raw, expected: "a number from 0.05 to 1, or off")
            }
        }
    }

    /// A simplified BCP 47 check: a 2-3 or 5-8 letter primary subtag, then 1-8 character
    /// alphanumeric subtags separated by hyphens.
    static func isLanguageTag(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, [2, 3, 5, 6, 7, 8].contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return subtags.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
