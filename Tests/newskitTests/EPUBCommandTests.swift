import Foundation
import Testing
import TestSupport

@Suite struct EPUBCommandTests {
    @Test func digestIsByteIdenticalInAnyTimeZone() throws {
        let folder = try Fixtures.temporaryFolder("newskit-epub-tz")
        var books: [Data] = []
        for zone in ["UTC", "Asia/Tokyo", "America/Los_Angeles"] {
            let path = folder.appendingPathComponent("\(zone.replacingOccurrences(of: "/", with: "-")).epub").path
            let result = try BinaryRunner.run(["export", "samples", "--format", "epub", "--output", path, "--quiet"],
                                              environment: ["TZ": zone, "SOURCE_DATE_EPOCH": "1646092799"])
            #expect(result.status == 0, "\(result.stderr)")
            books.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        #expect(books[0].count > 1000)
        #expect(books[0] == books[1] && books[1] == books[2])
    }
}
