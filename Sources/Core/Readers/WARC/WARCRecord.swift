import Foundation

/// The header of one WARC record (ISO 28500 section 5) and where it starts.
struct WARCRecord: Sendable {
    /// `WARC/1.0` or `WARC/1.1`.
    var version: String
    /// Header fields by lower-cased name; the first of repeated fields wins.
    var fields: [String: String]
    /// Decompressed offset of the record's first byte.
    var start: UInt64
    /// The file offset to read this record again from, when it can be (see `WARCByteSource`).
    var reopenOffset: UInt64?
    var contentLength: Int

    var type: String { fields["warc-type"]?.lowercased() ?? "" }
    var targetURI: String? {
        // WARC 1.0 examples wrap the URI in angle brackets; 1.1 does not.
        fields["warc-target-uri"].map { $0.trimmingCharacters(in: ["<", ">", " "]) }
    }
    var date: String? { fields["warc-date"] }
    var recordID: String? { fields["warc-record-id"] }
    var contentType: String { fields["content-type"] ?? "" }
}

/// Reads WARC records one after another from a `WARCByteSource`. Blocks are read or skipped
/// by the caller; the two CR LF that end every record are checked here.
final class WARCRecordReader {
    let source: WARCByteSource
    /// Added to decompressed positions of plain files to give file offsets (a reader reopened mid-file).
    let baseOffset: UInt64
    private var pendingBlock: UInt64 = 0
    private var current: WARCRecord?

    init(source: WARCByteSource, baseOffset: UInt64 = 0) {
        self.source = source
        self.baseOffset = baseOffset
    }

    /// Where messages say a record is: the file offset when known, else the decompressed one.
    func location(_ record: WARCRecord) -> String {
        if let offset = record.reopenOffset { return "\(source.displayPath): byte \(offset)" }
        return "\(source.displayPath): decompressed byte \(record.start)"
    }

    /// The next record's header, or nil at the end of the file.
    /// - Throws: `ReadError.invalidInput` naming the file and byte offset for a malformed header.
    func next() throws -> WARCRecord? {
        try finishRecord()
        while let byte = try source.peekByte(), byte == 0x0D || byte == 0x0A { _ = try source.skip(1) }
        let start = source.position
        let reopen = source.reopenOffset(forRecordAt: start, baseOffset: baseOffset)
        let here = reopen.map { "\(source.displayPath): byte \($0)" } ?? "\(source.displayPath): decompressed byte \(start)"
        guard let versionLine = try source.readLine() else { return nil }
        let version = String(decoding: versionLine, as: UTF8.self)
        guard version.hasPrefix("WARC/") else {
            throw ReadError.invalidInput(location: here, reason: "expected a WARC record (a \"WARC/1.1\" line), found \"\(version.prefix(40))\". The file is damaged or not a WARC file; pass --skip-invalid to keep the records before it.")
        }
        let fields = try readFields(at: here)
        guard let lengthText = fields["content-length"], let length = Int(lengthText.trimmingCharacters(in: .whitespaces)), length >= 0 else {
            throw ReadError.invalidInput(location: here, reason: "the record has no valid Content-Length, so its end cannot be found. Pass --skip-invalid to keep the records before it.")
        }
        let record = WARCRecord(version: version, fields: fields, start: start, reopenOffset: reopen, contentLength: length)
        current = record
        pendingBlock = UInt64(length)
        return record
    }

    /// The current record's block, all of it.
    /// - Throws: `ReadError.invalidInput` when the file ends before the block does.
    func readBlock() throws -> [UInt8] {
        guard let record = current else { return [] }
        let bytes = try source.read(upTo: Int(pendingBlock))
        if bytes.count < Int(pendingBlock) { throw truncated(record, got: bytes.count) }
        pendingBlock = 0
        return bytes
    }

    /// Skips what is left of the current record's block and checks the CR LF CR LF after it.
    private func finishRecord() throws {
        guard let record = current else { return }
        current = nil
        if pendingBlock > 0 {
            let skipped = try source.skip(pendingBlock)
            if skipped < pendingBlock { throw truncated(record, got: Int(UInt64(record.contentLength) - pendingBlock + skipped)) }
            pendingBlock = 0
        }
        let trailer = try source.read(upTo: 4)
        // Tolerated: a file ending right after the last block, or bare LF LF.
        guard trailer.isEmpty || trailer == [0x0D, 0x0A, 0x0D, 0x0A] || trailer.starts(with: [0x0A, 0x0A]) else {
            throw ReadError.invalidInput(location: location(record), reason: "the record's block is not followed by an empty line: its Content-Length (\(record.contentLength)) is wrong. Pass --skip-invalid to keep the records before it.")
        }
    }

    private func readFields(at here: String) throws -> [String: String] {
        var fields: [String: String] = [:]
        var lastName: String?
        var total = 0
        while let line = try source.readLine() {
            if line.isEmpty { return fields }
            total += line.count
            guard total < 1 << 20 else { break }
            let text = String(decoding: line, as: UTF8.self)
            if let first = line.first, first == 0x20 || first == 0x09, let name = lastName {
                fields[name, default: ""] += " " + text.trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = text.firstIndex(of: ":") else {
                throw ReadError.invalidInput(location: here, reason: "malformed WARC header line \"\(text.prefix(60))\" (expected Name: value). Pass --skip-invalid to keep the records before it.")
            }
            let name = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            if fields[name] == nil { fields[name] = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces) }
            lastName = name
        }
        throw ReadError.invalidInput(location: here, reason: "the file ends inside a record header: it is truncated. Pass --skip-invalid to keep the records before it.")
    }

    private func truncated(_ record: WARCRecord, got: Int) -> ReadError {
        .invalidInput(location: location(record), reason: "the record is truncated: Content-Length says \(record.contentLength) bytes, the file has \(got). The file is incomplete; pass --skip-invalid to keep the records before it.")
    }
}
