import Foundation

/// An HTTP response as a WARC `response` record keeps it (`application/http; msgtype=response`):
/// status line, headers, and the body with transfer and content encodings undone.
struct HTTPResponse {
    var status: Int
    /// Header fields by lower-cased name; the first of repeated fields wins.
    var headers: [String: String]
    var body: [UInt8]

    enum Failure: Error, Equatable {
        case noStatusLine
        case badChunk(offset: Int)
        case undecodable(encoding: String, reason: String)

        var reason: String {
            switch self {
            case .noStatusLine: "the HTTP response has no status line"
            case .badChunk(let offset): "malformed chunked transfer encoding at byte \(offset) of the HTTP body"
            case .undecodable(let encoding, let reason): "the HTTP body's \(encoding) encoding cannot be undone (\(reason))"
            }
        }
    }

    var contentType: String? { headers["content-type"] }

    /// Parses `block`. Chunked transfer encoding is undone when the body really is chunked
    /// (crawlers often store it decoded but keep the header); gzip and deflate content encodings
    /// are undone when the body starts like one, for the same reason.
    /// - Throws: `Failure`.
    init(parsing block: [UInt8]) throws {
        guard let headerEnd = HTTPResponse.headerEnd(block) else { throw Failure.noStatusLine }
        let headText = String(decoding: block[..<headerEnd.start], as: UTF8.self)
        var lines = headText.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: ["\r"]) }
        let statusLine = lines.removeFirst()
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]) else { throw Failure.noStatusLine }
        self.status = status
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            if headers[name] == nil { headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces) }
        }
        self.headers = headers
        var body = Array(block[headerEnd.bodyStart...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, HTTPResponse.looksChunked(body) {
            body = try HTTPResponse.dechunk(body)
        }
        if let encoding = headers["content-encoding"]?.lowercased().trimmingCharacters(in: .whitespaces),
           !["", "identity", "none"].contains(encoding) {
            body = try HTTPResponse.decodeContent(body, encoding: encoding)
        }
        self.body = body
    }

    /// Undoes gzip and deflate content encoding when the body starts like one (a stored body
    /// may already be decoded); any other encoding (`br`, `zstd`) cannot be read.
    static func decodeContent(_ body: [UInt8], encoding: String) throws -> [UInt8] {
        guard ["gzip", "x-gzip", "deflate"].contains(encoding) else {
            throw Failure.undecodable(encoding: encoding, reason: "newskit decodes gzip and deflate only")
        }
        guard body.count >= 2, body.starts(with: [0x1F, 0x8B]) || body[0] & 0x0F == 8 else { return body }
        do {
            return try GzipInflater.inflateAll(body)
        } catch {
            throw Failure.undecodable(encoding: encoding, reason: "\(error)")
        }
    }

    /// End of the header block (CR LF CR LF, or LF LF) and where the body starts.
    static func headerEnd(_ block: [UInt8]) -> (start: Int, bodyStart: Int)? {
        var index = 0
        while index < block.count {
            if block[index] == 0x0A {
                if index + 1 < block.count, block[index + 1] == 0x0A { return (index, index + 2) }
                if index + 2 < block.count, block[index + 1] == 0x0D, block[index + 2] == 0x0A { return (index, index + 3) }
            }
            index += 1
        }
        return nil
    }

    /// A chunked body starts with a hexadecimal size line.
    static func looksChunked(_ body: [UInt8]) -> Bool {
        let line = body.prefix { $0 != 0x0D && $0 != 0x0A }.prefix { $0 != UInt8(ascii: ";") }
        return !line.isEmpty && line.count <= 16 && line.allSatisfy { Character(Unicode.Scalar($0)).isHexDigit }
            && body.count > line.count
    }

    /// Undoes chunked transfer encoding (RFC 9112 section 7.1); trailers are ignored.
    static func dechunk(_ body: [UInt8]) throws -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < body.count {
            guard let lineEnd = body[index...].firstIndex(of: 0x0A) else { throw Failure.badChunk(offset: index) }
            let sizeText = String(decoding: body[index..<lineEnd], as: UTF8.self)
                .split(separator: ";").first?.trimmingCharacters(in: .whitespaces.union(["\r"])) ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else { throw Failure.badChunk(offset: index) }
            index = lineEnd + 1
            if size == 0 { return out }
            guard index + size <= body.count else { throw Failure.badChunk(offset: index) }
            out.append(contentsOf: body[index..<(index + size)])
            index += size
            if index < body.count, body[index] == 0x0D { index += 1 }
            if index < body.count, body[index] == 0x0A { index += 1 }
        }
        // A body cut before its last (empty) chunk: keep what arrived.
        return out
    }
}
