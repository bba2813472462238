import Core
@testable import Exporters
import Foundation
import Testing
import TestSupport

@Suite struct ZipWriterTests {
    private func archive() throws -> Data {
        let sink = MemorySink()
        let zip = ZipWriter(sink: sink, date: Date(timeIntervalSince1970: 1_646_092_799))  // 2022-02-28T23:59:59Z
        try zip.addStored("mimetype", Array("application/epub+zip".utf8))
        try zip.addDeflated("EPUB/a.txt", Array(String(repeating: "news ", count: 1000).utf8))
        try zip.addDeflated("EPUB/empty.txt", [])
        try zip.addDeflated("EPUB/ünïcode.txt", Array("Kharkiv 🇺🇦".utf8))
        try zip.finish()
        return sink.data
    }

    @Test func mimetypeComesFirstStoredWithoutExtraField() throws {
        let bytes = [UInt8](try archive())
        #expect(bytes[0..<4] == [0x50, 0x4b, 0x03, 0x04])
        #expect(bytes[8] == 0 && bytes[9] == 0)          // method: stored
        #expect(bytes[26] == 8 && bytes[27] == 0)        // name length 8
        #expect(bytes[28] == 0 && bytes[29] == 0)        // extra field length 0
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<58], as: UTF8.self) == "application/epub+zip")
    }

    @Test func dosTimestampIsReadInUTC() {
        let (date, time) = ZipWriter.dosDateTime(Date(timeIntervalSince1970: 1_646_092_799))
        #expect(date == UInt16((2022 - 1980) << 9 | 2 << 5 | 28))
        #expect(time == UInt16(23 << 11 | 59 << 5 | 29))
        #expect(ZipWriter.dosDateTime(Date(timeIntervalSince1970: 0)).date == UInt16(1 << 5 | 1))  // clamped to 1980-01-01
    }

    @Test func unzipBsdtarAndPythonAcceptTheArchive() throws {
        let url = try EPUBTestSupport.save(try archive(), as: "test.zip")
        let unzip = try EPUBTestSupport.run("/usr/bin/unzip", ["-t", url.path])
        #expect(unzip.status == 0, "\(unzip.output)")
        #expect(unzip.output.contains("No errors detected"))
        let listing = try EPUBTestSupport.run("/usr/bin/bsdtar", ["-tf", url.path])
        #expect(listing.status == 0, "\(listing.output)")
        #expect(listing.output == "mimetype\nEPUB/a.txt\nEPUB/empty.txt\nEPUB/ünïcode.txt\n")
        let python = try EPUBTestSupport.run("/usr/bin/python3", ["-c", """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            print(z.read('EPUB/ünïcode.txt').decode(), z.getinfo('EPUB/a.txt').date_time, len(z.read('EPUB/a.txt')))
            """, url.path])
        #expect(python.status == 0, "\(python.output)")
        #expect(python.output == "Kharkiv 🇺🇦 (2022, 2, 28, 23, 59, 58) 5000\n")
    }
}
