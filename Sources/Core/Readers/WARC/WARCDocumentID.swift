import Foundation

/// Document ids for pages read from a WARC file: deterministic and readable.
///
/// - From the target URL: host (without `www.`) and path, lower-cased, every run of characters
///   other than letters, digits, `.` and `_` replaced by `-`:
///   `https://www.herald.example/news/2024/fire?x=1` → `herald.example-news-2024-fire-` plus
///   the first 8 hex digits of the query's SHA-256 (only when there is a query).
/// - Ids longer than 120 characters keep 111 and end in `-` plus 8 hex digits of the URL's SHA-256.
/// - A record without a usable URL: `record-` plus 12 hex digits of the SHA-256 of its WARC-Record-ID.
/// - The same URL twice in one file (re-crawls): the later ones get `-` plus 8 hex digits of the
///   SHA-256 of their WARC-Record-ID.
enum WARCDocumentID {
    static func make(url: String?, recordID: String?) -> String {
        guard let url, let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            return "record-" + Digest.sha256Hex(Data((recordID ?? "").utf8)).prefix(12)
        }
        var name = host.lowercased()
        if name.hasPrefix("www.") { name.removeFirst(4) }
        var id = slug(name + components.path)
        if let query = components.percentEncodedQuery, !query.isEmpty {
            id += "-" + Digest.sha256Hex(Data(query.utf8)).prefix(8)
        }
        if id.count > 120 { id = String(id.prefix(111)) + "-" + Digest.sha256Hex(Data(url.utf8)).prefix(8) }
        return id
    }

    static func slug(_ text: String) -> String {
        var out = ""
        var dash = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "." || character == "_" {
                if dash && !out.isEmpty { out.append("-") }
                dash = false
                out.append(character)
            } else {
                dash = true
            }
        }
        return out
    }

    /// `id` made unique within one file by the record id's hash (see above).
    static func disambiguate(_ id: String, recordID: String?, seen: inout Set<String>) -> String {
        if seen.insert(id).inserted { return id }
        let unique = id + "-" + Digest.sha256Hex(Data((recordID ?? "").utf8)).prefix(8)
        seen.insert(unique)
        return unique
    }
}
