@testable import Core
import Foundation
import Testing
import TestSupport

@Suite struct GzipByteSourceTests {
    /// `printf '{"id":"g1","text":"First."}\n{"id":"g2","text":"Second."}\n' | gzip -n -9 | base64`
    static let twoLines = Data(base64Encoded: "H4sIAAAAAAACA6tWykxRslJKN1TSUSpJrSgBst0yi4pL9JRquaqhckYIueDU5Py8FJAkAG9YIpY5AAAA")!
    static let plain = "{\"id\":\"g1\",\"text\":\"First.\"}\n{\"id\":\"g2\",\"text\":\"Second.\"}\n"

    func inflate(_ data: Data, chunk: Int = 7) throws -> String {
        let source = try GzipByteSource(DataByteSource(data), displayPath: "t.jsonl.gz")
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = try buffer.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { break }
            out.append(contentsOf: buffer[..<count])
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func inflatesInSmallPiecesAndConcatenatedMembers() throws {
        #expect(try inflate(Self.twoLines) == Self.plain)
        #expect(try inflate(Self.twoLines + Self.twoLines, chunk: 1 << 16) == Self.plain + Self.plain)
    }

    @Test func truncatedStreamNamesTheFile() {
        #expect(throws: ReadError.truncatedGzip(path: "t.jsonl.gz", compressedBytes: 40)) {
            try inflate(Self.twoLines.prefix(40))
        }
    }

    @Test func dataThatIsNotGzipIsRefusedWithZlibsWords() {
        do {
            _ = try inflate(Data(Self.plain.utf8))
            Issue.record("plain text inflated")
        } catch {
            #expect("\(error)".hasPrefix("t.jsonl.gz: not valid gzip data near compressed byte"))
            #expect("\(error)".contains("incorrect header check"))
        }
    }

    @Test func jsonlGzReadsLikeJSONL() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.twoLines.write(to: folder.appendingPathComponent("feed.jsonl.gz"))
        let documents = try CorpusReader().read(paths: [folder.path]).documents.loadAll()
        #expect(documents.map(\.id) == ["g1", "g2"])
        #expect(documents.map(\.origin?.line) == [1, 2])
    }
}
