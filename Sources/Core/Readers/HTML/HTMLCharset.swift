import Foundation

/// Finds the character encoding a page declares, in the order the HTML standard gives
/// (https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding):
/// a byte order mark, then the transport's `Content-Type` charset (HTTP headers in a WARC),
/// then a `<meta charset>` or `<meta http-equiv="Content-Type">` in the first 4096 bytes.
enum HTMLCharset: Equatable {
    case utf8
    case utf16BigEndian
    case utf16LittleEndian
    /// windows-1252; also what ISO-8859-1 and US-ASCII labels mean on the web.
    case windows1252
    /// Any other label, decoded through iconv (lower-cased, as declared).
    case other(String)

    /// The name used in messages.
    var name: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16BigEndian: "UTF-16BE"
        case .utf16LittleEndian: "UTF-16LE"
        case .windows1252: "windows-1252"
        case .other(let label): label
        }
    }

    /// Where the declaration came from, for messages.
    enum Source: String { case byteOrderMark = "byte order mark", transport = "HTTP Content-Type", meta = "<meta> charset" }

    /// The encoding `data` declares and where, or nil when it declares none. `transport` is a
    /// `Content-Type` header value (`text/html; charset=ISO-8859-1`) when one came with the page.
    static func declared(in data: Data, transport: String?) -> (charset: HTMLCharset, source: Source, bomLength: Int)? {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, .byteOrderMark, 3) }
        if data.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, .byteOrderMark, 2) }
        if data.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, .byteOrderMark, 2) }
        if let label = transport.flatMap(charsetParameter), let charset = HTMLCharset(label: label) {
            return (charset, .transport, 0)
        }
        if let label = metaCharset(in: data.prefix(4096)), let charset = HTMLCharset(label: label) {
            return (charset, .meta, 0)
        }
        return nil
    }

    /// The charset for an encoding label (https://encoding.spec.whatwg.org/#names-and-labels,
    /// the common ones); nil for an empty label.
    init?(label: String) {
        let cleaned = label.trimmingCharacters(in: CharacterSet(charactersIn: "\"' \t\r\n")).lowercased()
        guard !cleaned.isEmpty else { return nil }
        switch cleaned {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
        case "utf-16", "utf-16le": self = .utf16LittleEndian
        case "utf-16be": self = .utf16BigEndian
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252",
             "x-cp1252", "iso_8859-1", "iso-ir-100", "cp819", "ansi_x3.4-1968":
            self = .windows1252
        default: self = .other(cleaned)
        }
    }

    /// The `charset=` parameter of a Content-Type value.
    static func charsetParameter(_ contentType: String) -> String? {
        let lower = contentType.lowercased()
        guard let range = lower.range(of: "charset") else { return nil }
        var rest = lower[range.upperBound...].drop(while: { $0 == " " })
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: { $0 == " " })
        let quote = rest.first.flatMap { $0 == "\"" || $0 == "'" ? $0 : nil }
        if quote != nil { rest = rest.dropFirst() }
        let value = rest.prefix { character in
            if let quote { return character != quote }
            return !" ;,\"'>/".contains(character)
        }
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The charset of the first `<meta>` in `prefix` that declares one (the standard's prescan,
    /// simplified: both `charset=` and `http-equiv` forms carry the word `charset`).
    static func metaCharset(in prefix: Data) -> String? {
        // Labels are ASCII; reading the bytes as Latin-1 keeps offsets and never fails.
        let text = String(decoding: prefix.map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }, as: UTF8.self).lowercased()
        var searchStart = text.startIndex
        while let meta = text.range(of: "<meta", range: searchStart..<text.endIndex) {
            let end = text[meta.upperBound...].firstIndex(of: ">") ?? text.endIndex
            let tag = String(text[meta.upperBound..<end])
            if let value = charsetParameter(tag) { return value }
            searchStart = end
        }
        return nil
    }
}
