import Foundation

/// Turns one JSON article object (a JSONL line, an element of a JSON array) into a document.
///
/// `text` is required; `id` (string or number), `title`, `date` (ISO 8601), `source` and `url`
/// are optional; every other key is kept in `metadata`. `null` counts as absent.
enum ArticleObject {
    static let knownKeys: Set<String> = ["id", "title", "date", "source", "url", "text"]

    static func document(
        from object: [String: Any], location: String, defaultID: String, origin: Origin,
        diagnostics: any DiagnosticSink, normalise: Bool = true
    ) throws -> Document {
        guard let rawText = object["text"], !(rawText is NSNull) else {
            throw ReadError.missingField(location: location, key: "text")
        }
        guard let text = rawText as? String else {
            throw ReadError.wrongType(location: location, key: "text", expected: "a string", found: typeName(rawText))
        }
        var metadata: [String: JSONValue] = [:]
        for (key, value) in object where !knownKeys.contains(key) {
            metadata[key] = JSONValue(any: value)
        }
        var date: String?
        if let rawDate = try optionalString(object, "date", location: location) {
            if let normalised = ISODate.normalise(rawDate) {
                date = normalised
            } else {
                diagnostics.warn("\"date\" is not ISO 8601 (\(rawDate)); kept in metadata, left out of the date", at: location)
                metadata["date"] = .string(rawDate)
            }
        }
        return Document(
            id: try id(object, location: location) ?? defaultID,
            title: try optionalString(object, "title", location: location).map(clean),
            date: date,
            source: try optionalString(object, "source", location: location).map(clean),
            url: try optionalString(object, "url", location: location).map(clean),
            text: normalise ? normaliseText(text) : text,
            metadata: metadata,
            origin: origin)
    }

    static func id(_ object: [String: Any], location: String) throws -> String? {
        guard let raw = object["id"], !(raw is NSNull) else { return nil }
        if let string = raw as? String {
            let trimmed = clean(string)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let number = raw as? NSNumber, !isBool(number) {
            return number.stringValue
        }
        throw ReadError.wrongType(location: location, key: "id", expected: "a string or a number", found: typeName(raw))
    }

    static func optionalString(_ object: [String: Any], _ key: String, location: String) throws -> String? {
        guard let raw = object[key], !(raw is NSNull) else { return nil }
        guard let string = raw as? String else {
            throw ReadError.wrongType(location: location, key: key, expected: "a string", found: typeName(raw))
        }
        return string
    }

    /// CRLF to LF, trailing spaces off each line, at most one blank line between paragraphs.
    ///
    /// Builds the result in one buffer of the text's size, a line at a time: a list of the
    /// lines, then their join, held a 64 MiB text four times over.
    static func normaliseText(_ text: String) -> String {
        if isNormalised(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        var written = false, blank = false
        while true {
            let end = rest.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) ?? rest.endIndex
            let line = rest[..<end].trimmingSpaces()
            if line.isEmpty {
                blank = written
            } else {
                if written { result += blank ? "\n\n" : "\n" }
                result += line
                written = true
                blank = false
            }
            guard end < rest.endIndex else { break }
            rest = rest[rest.index(after: end)...]
        }
        return result
    }

    /// True when `normaliseText` would return `text` unchanged, judged from its bytes in one pass
    /// (most inputs are already clean, and this is the JSONL reader's hot path). Errs towards
    /// false: any non-ASCII byte next to a line break or at either end sends the text the slow way.
    static func isNormalised(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return true }
        func isEdge(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte >= 0x80 || byte == 0x0B || byte == 0x0C }
        if isEdge(first) || isEdge(last) { return false }
        var previous: UInt8 = 0
        var newlines = 0
        for byte in utf8 {
            switch byte {
            case 0x0D:
                return false
            case 0x0A:
                if previous == 0x20 || previous == 0x09 || previous >= 0x80 || previous == 0x0B || previous == 0x0C { return false }
                newlines += 1
                if newlines > 2 { return false }
            default:
                if previous == 0x0A && (byte == 0x20 || byte == 0x09 || byte >= 0x80 || byte == 0x0B || byte == 0x0C) { return false }
                newlines = 0
            }
            previous = byte
        }
        return true
    }

    static func clean(_ text: String) -> String {
        text.trimmingSpacesAndNewlines()
    }

    static func isBool(_ number: NSNumber) -> Bool {
        JSONValue.isBoolean(number)
    }

    static func typeName(_ value: Any) -> String {
        switch value {
        case is String: "a string"
        case let number as NSNumber: isBool(number) ? "a boolean" : "a number"
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        case is NSNull: "null"
        default: "a value of another type"
        }
    }
}
