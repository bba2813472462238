import Foundation

/// Writes WARC files (ISO 28500) by hand for tests: records in order, plain or with one gzip
/// member per record (gzip run as a separate process, as `.warc.gz` writers do).
public struct WARCBuilder {
    public private(set) var records: [Data] = []
    private var counter = 0

    public init() {}

    /// A `warcinfo` record.
    public mutating func warcinfo() {
        append(type: "warcinfo", url: nil, date: "2024-03-06T10:00:00Z", contentType: "application/warc-fields",
               block: Data("software: newskit-tests\r\nformat: WARC File Format 1.1\r\n".utf8))
    }

    /// A `request` record for `url`.
    public mutating func request(_ url: String) {
        let host = URL(string: url)?.host ?? "example"
        append(type: "request", url: url, date: "2024-03-06T10:00:00Z", contentType: "application/http; msgtype=request",
               block: Data("GET \(URL(string: url)?.path ?? "/") HTTP/1.1\r\nHost: \(host)\r\n\r\n".utf8))
    }

    /// A `response` record: an HTTP response with `body`, optionally sent chunked and/or gzip-encoded.
    public mutating func response(
        _ url: String, body: Data, contentType: String = "text/html; charset=utf-8", status: Int = 200,
        date: String = "2024-03-06T10:00:00Z", chunked: Bool = false, gzipBody: Bool = false
    ) throws {
        var payload = body
        var head = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Other")\r\nContent-Type: \(contentType)\r\nServer: test\r\n"
        if gzipBody {
            payload = try WARCBuilder.gzip(payload)
            head += "Content-Encoding: gzip\r\n"
        }
        if chunked {
            payload = WARCBuilder.chunk(payload, size: 100)
            head += "Transfer-Encoding: chunked\r\n"
        } else {
            head += "Content-Length: \(payload.count)\r\n"
        }
        append(type: "response", url: url, date: date, contentType: "application/http; msgtype=response",
               block: Data((head + "\r\n").utf8) + payload)
    }

    /// A record of any type with a raw block.
    public mutating func append(type: String, url: String?, date: String, contentType: String, block: Data) {
        counter += 1
        var header = "WARC/1.1\r\nWARC-Type: \(type)\r\n"
        header += "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-\(String(format: "%012d", counter))>\r\n"
        header += "WARC-Date: \(date)\r\n"
        if let url { header += "WARC-Target-URI: \(url)\r\n" }
        header += "Content-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        records.append(Data(header.utf8) + block + Data("\r\n\r\n".utf8))
    }

    /// The records concatenated: a `.warc` file.
    public var plain: Data { records.reduce(Data(), +) }

    /// Each record its own gzip member: a `.warc.gz` file.
    public func gzipped() throws -> Data {
        try records.reduce(Data()) { $0 + (try WARCBuilder.gzip($1)) }
    }

    /// `data` compressed by the `gzip` program (no name or time stamp in the header).
    public static func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: "/usr/bin/gzip") ? "/usr/bin/gzip" : "/bin/gzip")
        process.arguments = ["-c", "-n"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread { input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close() }
        writer.start()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return compressed
    }

    /// `data` in HTTP chunked transfer encoding, `size` bytes a chunk.
    public static func chunk(_ data: Data, size: Int) -> Data {
        var out = Data()
        var index = data.startIndex
        while index < data.endIndex {
            let end = min(index + size, data.endIndex)
            out += Data((String(end - index, radix: 16) + "\r\n").utf8) + data[index..<end] + Data("\r\n".utf8)
            index = end
        }
        return out + Data("0\r\n\r\n".utf8)
    }
}
