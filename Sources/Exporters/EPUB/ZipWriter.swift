import Core
import CZlib
import Foundation

/// Writes a zip archive (PKWARE APPNOTE 6.3) to a byte sink, entry by entry, as the EPUB
/// container (OCF 3.3 §4) wants it: entries in the order they are added, `mimetype` stored,
/// everything else raw-deflated, no extra fields, one fixed DOS timestamp in UTC.
///
/// Why not a library:
/// - libarchive's zip writer always adds extra fields (UT, ux) to every entry, `mimetype`
///   included, which epubcheck rejects (PKG-005), and it converts times to DOS fields in the
///   local time zone, so the same book differs between TZ=UTC and TZ=Asia/Tokyo.
/// - ZIPFoundation 0.9.20 gets the time zone right (it uses `gmtime`) and writes no extra fields,
///   but it writes to a seekable file URL (it goes back to patch sizes) or builds the whole
///   archive in a `Data`. The exporter is handed a `ByteSink`, which may be a pipe
///   (`--output -`), and must not hold a 2,225-article book in memory; ZIPFoundation would also
///   be a new package dependency for ~200 lines of format.
///
/// Each entry is compressed in memory first, so the local header carries the real CRC and sizes
/// (no data descriptors, which some readers handle badly); only one entry is held at a time.
/// The central directory (~50 bytes per entry) is kept until `finish()`. No ZIP64: more than
/// 65,535 entries or 4 GiB throws `EPUBError.containerTooLarge`.
final class ZipWriter {
    private struct CentralRecord {
        var name: [UInt8]
        var method: UInt16
        var crc: UInt32
        var compressedSize: UInt32
        var size: UInt32
        var offset: UInt32
    }

    private let sink: any ByteSink
    private let dosTime: UInt16
    private let dosDate: UInt16
    /// The zlib level every entry of this writer is deflated at.
    let level: Int32
    private var records: [CentralRecord] = []
    private var offset: UInt64 = 0
    private var finished = false

    /// - Parameters:
    ///   - sink: where the archive goes.
    ///   - date: the modification time of every entry, written as a DOS date in UTC.
    ///   - level: zlib compression level, 0 to 9.
    init(sink: any ByteSink, date: Date, level: Int32 = 6) {
        self.sink = sink
        (dosDate, dosTime) = ZipWriter.dosDateTime(date)
        self.level = level
    }

    /// One file's bytes raw-deflated, with what its headers record: made by `deflated(_:text:level:)`
    /// on any thread, added in order with `add(_:)`. The bytes do not depend on the thread.
    struct DeflatedEntry: Sendable {
        var name: String
        var crc: UInt32
        var size: Int
        var compressed: [UInt8]
    }

    /// Adds `bytes` as `name` without compression (for `mimetype`).
    func addStored(_ name: String, _ bytes: [UInt8]) throws {
        try bytes.withUnsafeBufferPointer { try add(name, crc: Self.crc(of: $0), size: $0.count, compressed: bytes, method: 0) }
    }

    /// Adds `bytes` as `name`, raw-deflated.
    func addDeflated(_ name: String, _ bytes: [UInt8]) throws {
        try add(bytes.withUnsafeBufferPointer { try Self.deflated(name, $0, level: level) })
    }

    /// Adds `text`'s UTF-8 as `name`, raw-deflated, without copying it into an array first
    /// (an article page is as long as its article).
    func addDeflated(_ name: String, text: String) throws {
        try add(try Self.deflated(name, text: text, level: level))
    }

    /// Adds an entry deflated beforehand (at this writer's `level`).
    func add(_ entry: DeflatedEntry) throws {
        try add(entry.name, crc: entry.crc, size: entry.size, compressed: entry.compressed, method: 8)
    }

    /// `text`'s UTF-8 raw-deflated as `name`, ready for `add(_:)`; touches no writer, so pages can
    /// be compressed on several threads and added in their order.
    static func deflated(_ name: String, text: String, level: Int32) throws -> DeflatedEntry {
        var text = text
        text.makeContiguousUTF8()
        if let entry = try text.utf8.withContiguousStorageIfAvailable({ try deflated(name, $0, level: level) }) { return entry }
        return try Array(text.utf8).withUnsafeBufferPointer { try deflated(name, $0, level: level) }
    }

    private static func deflated(_ name: String, _ bytes: UnsafeBufferPointer<UInt8>, level: Int32) throws -> DeflatedEntry {
        DeflatedEntry(name: name, crc: crc(of: bytes), size: bytes.count, compressed: try deflate(bytes, level: level))
    }

    private static func crc(of bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(crc32(0, bytes.baseAddress, uInt(bytes.count)))
    }

    /// Writes the central directory and the end record. The writer takes no entries after this.
    func finish() throws {
        guard !finished else { return }
        finished = true
        let directoryStart = offset
        var directory: [UInt8] = []
        for record in records {
            directory.appendLE(UInt32(0x0201_4b50))
            directory.appendLE(UInt16(20))              // version made by: 2.0, MS-DOS attributes
            directory.appendLE(UInt16(20))              // version needed: 2.0 (deflate)
            directory.appendLE(UInt16(0x0800))          // flags: names are UTF-8
            directory.appendLE(record.method)
            directory.appendLE(dosTime)
            directory.appendLE(dosDate)
            directory.appendLE(record.crc)
            directory.appendLE(record.compressedSize)
            directory.appendLE(record.size)
            directory.appendLE(UInt16(record.name.count))
            directory.appendLE(UInt16(0))               // extra field length
            directory.appendLE(UInt16(0))               // comment length
            directory.appendLE(UInt16(0))               // disk number
            directory.appendLE(UInt16(0))               // internal attributes
            directory.appendLE(UInt32(0))               // external attributes
            directory.appendLE(record.offset)
            directory.append(contentsOf: record.name)
        }
        try write(directory)
        let directorySize = offset - directoryStart
        guard directoryStart <= UInt64(UInt32.max), directorySize <= UInt64(UInt32.max) else {
            throw EPUBError.containerTooLarge(reason: "the archive passed 4 GiB")
        }
        var end: [UInt8] = []
        end.appendLE(UInt32(0x0605_4b50))
        end.appendLE(UInt16(0))
        end.appendLE(UInt16(0))
        end.appendLE(UInt16(records.count))
        end.appendLE(UInt16(records.count))
        end.appendLE(UInt32(directorySize))
        end.appendLE(UInt32(directoryStart))
        end.appendLE(UInt16(0))                         // comment length
        try write(end)
    }

    private func add(_ name: String, crc: UInt32, size: Int, compressed: [UInt8], method: UInt16) throws {
        guard !finished else { throw EPUBError.internalFailure("zip entry \(name) added after finish()") }
        guard records.count < Int(UInt16.max) else {
            throw EPUBError.containerTooLarge(reason: "more than 65,535 files")
        }
        guard size <= Int(UInt32.max), compressed.count <= Int(UInt32.max), offset <= UInt64(UInt32.max) else {
            throw EPUBError.containerTooLarge(reason: "the archive passed 4 GiB")
        }
        let nameBytes = Array(name.utf8)
        let record = CentralRecord(
            name: nameBytes, method: method, crc: crc, compressedSize: UInt32(compressed.count),
            size: UInt32(size), offset: UInt32(offset))
        var header: [UInt8] = []
        header.appendLE(UInt32(0x0403_4b50))
        header.appendLE(UInt16(method == 0 ? 10 : 20))  // version needed
        header.appendLE(UInt16(0x0800))                 // flags: names are UTF-8
        header.appendLE(method)
        header.appendLE(dosTime)
        header.appendLE(dosDate)
        header.appendLE(crc)
        header.appendLE(record.compressedSize)
        header.appendLE(record.size)
        header.appendLE(UInt16(nameBytes.count))
        header.appendLE(UInt16(0))                      // no extra field (OCF: none on mimetype)
        header.append(contentsOf: nameBytes)
        try write(header)
        try write(compressed)
        records.append(record)
    }

    private func write(_ bytes: [UInt8]) throws {
        try sink.write(bytes)
        offset += UInt64(bytes.count)
    }

    /// Raw deflate (no zlib header: windowBits -15), as zip's method 8 stores it.
    ///
    /// Output comes in pieces of 256 KiB rather than into one buffer of `deflateBound` (as
    /// large as the input): zlib's stream does not depend on how its output space is handed
    /// out, and a long page is no longer held a second time at full size.
    static func deflate(_ input: UnsafeBufferPointer<UInt8>, level: Int32) throws -> [UInt8] {
        var stream = z_stream()
        guard newskit_deflateInit2(&stream, level, -15, 8) == Z_OK else {
            throw EPUBError.internalFailure("zlib deflateInit2 failed")
        }
        defer { deflateEnd(&stream) }
        var output: [UInt8] = []
        var piece = [UInt8](repeating: 0, count: min(Int(deflateBound(&stream, uLong(input.count))), 256 * 1024))
        // zlib's next_in is not const in its headers but is only read.
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.avail_in = uInt(input.count)
        var status = Z_OK
        while status == Z_OK {
            let produced: Int = piece.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                status = CZlib.deflate(&stream, Z_FINISH)
                return outBuffer.count - Int(stream.avail_out)
            }
            output.append(contentsOf: piece[..<produced])
        }
        guard status == Z_STREAM_END else {
            throw EPUBError.internalFailure("zlib deflate returned \(status)")
        }
        return output
    }

    /// The DOS date and time fields for `date`, read in UTC (civil-from-days, no time zone
    /// lookup), clamped to DOS's range 1980-2107.
    static func dosDateTime(_ date: Date) -> (date: UInt16, time: UInt16) {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        var days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        days += 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        if year < 1980 { return (UInt16((0 << 9) | (1 << 5) | 1), 0) }
        if year > 2107 { return (UInt16((127 << 9) | (12 << 5) | 31), UInt16((23 << 11) | (59 << 5) | 29)) }
        let dosDate = UInt16((year - 1980) << 9 | month << 5 | day)
        let dosTime = UInt16((secondOfDay / 3600) << 11 | ((secondOfDay % 3600) / 60) << 5 | (secondOfDay % 60) / 2)
        return (dosDate, dosTime)
    }
}

extension Array where Element == UInt8 {
    /// Appends `value` in little-endian byte order, as zip stores every integer.
    mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        var little = value.littleEndian
        Swift.withUnsafeBytes(of: &little) { append(contentsOf: $0) }
    }
}
