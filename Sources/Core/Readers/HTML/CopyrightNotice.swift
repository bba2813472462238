/// Recognises the copyright notice a page or a wire service prints under an article
/// (`Copyright 2008 The Associated Press. All rights reserved. This material may not be
/// published…`, `© 2024 Herald Media Ltd. All rights reserved`): page furniture, not article
/// text, that article benchmarks and readers leave out.
///
/// A notice opens with `Copyright`, `©` or `(c)` and says `rights reserved`; a sentence that
/// only mentions copyright (`Copyright law changed in 1998…`) or a photo credit
/// (`© Provided by …`) stays.
enum CopyrightNotice {
    /// Notices are short; a long paragraph that opens this way is prose.
    static let maximumWords = 60

    static func matches(_ text: String) -> Bool {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("copyright") || lowered.hasPrefix("©") || lowered.hasPrefix("(c)") else { return false }
        return lowered.contains("rights reserved") && lowered.split(separator: " ").count <= maximumWords
    }
}
