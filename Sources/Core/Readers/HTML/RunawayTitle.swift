/// A `<title>` that is never closed swallows the whole page: HTML parsers (browsers and libxml2
/// alike) read a title's text up to `</title>`, so the body ends up as the title's text and the
/// page has no article. Such pages come from broken templates and damaged conversions; the
/// title was meant to end at its first line or tag.
///
/// `repaired(_:root:)` closes such a title before the first `<` or line break after its start
/// tag, so the page can be parsed again with its body.
enum RunawayTitle {
    /// Longest title text (UTF-8 bytes) taken as a real title (as `HeadlineFinder.usable`).
    static let limit = 2 * HeadlineFinder.shownLimit

    /// The page with its title closed, or nil when the parsed page (`root`) has no runaway title.
    static func repaired(_ html: String, root: HTMLElement) -> String? {
        let head = root.elementChildren.first { $0.name == "head" }
        guard let title = head?.elementChildren.first(where: { $0.name == "title" }),
              title.text.utf8.count > limit else { return nil }
        let bytes = Array(html.utf8)
        guard let start = find(Array("<title".utf8), in: bytes, from: 0),
              let tagEnd = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        var cut = tagEnd + 1
        // Leading white space belongs to the title (`<title>\n  Headline`); the text then runs
        // to its first tag or line break.
        while cut < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[cut]) { cut += 1 }
        while cut < bytes.count, bytes[cut] != UInt8(ascii: "<"), bytes[cut] != 0x0A, bytes[cut] != 0x0D { cut += 1 }
        return String(decoding: bytes[..<cut] + Array("</title>".utf8) + bytes[cut...], as: UTF8.self)
    }

    /// The first case-insensitive occurrence of `needle` (lower-case ASCII) in `bytes`.
    static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            var matched = true
            for (offset, byte) in needle.enumerated() {
                let candidate = bytes[index + offset]
                let lower = (0x41...0x5A).contains(candidate) ? candidate + 32 : candidate
                if lower != byte { matched = false; break }
            }
            if matched { return index }
            index += 1
        }
        return nil
    }
}
