import Foundation

/// Reads JSON Lines from a file or standard input (`-`) one line at a time, for the commands
/// that stream records (`newskit extract --records`, `newskit merge-step`).
public enum LineStream {
    /// Calls `body` with each non-blank line and its 1-based number.
    /// - Parameter limit: the longest line accepted, in bytes.
    /// - Throws: `ReadError` (unreadable, line too long), or what `body` throws.
    public static func forEachLine(of path: String, limit: Int, _ body: (Data, Int) throws -> Void) throws {
        let display = path == "-" ? "standard input" : path
        var source = path == "-"
            ? FileByteSource(descriptor: STDIN_FILENO, displayPath: display)
            : try FileByteSource(url: URL(fileURLWithPath: path), displayPath: display)
        let splitter = LineSplitter(limit: limit, skipOverlong: false, displayPath: display)
        try splitter.forEachLine(of: &source) { line, range in
            guard !JSONLines.isBlank(line) else { return }
            try body(Data(line), range.number)
        }
    }

    /// Decodes `line` as `T`, or throws `PartialError.badRecord` naming `location`.
    public static func decode<T: Decodable>(_ type: T.Type, _ line: Data, location: String, what: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: line)
        } catch let error as DecodingError {
            throw PartialError.badRecord(location: location, reason: "not \(what): " + CorpusJSON.describe(error))
        } catch {
            throw PartialError.badRecord(location: location, reason: "not \(what): not JSON")
        }
    }
}
