import Foundation
import Testing
import TestSupport

@Suite struct GazetteerOptionTests {
    private static let dumpLine = ["706483", "Kharkiv", "Kharkiv", "Kharkov", "49.98081", "36.25272", "P", "PPLA", "UA", "",
                                   "07", "", "", "", "1430885", "", "152", "Europe/Kyiv", "2022-01-01"].joined(separator: "\t")

    @Test func inspectAcceptsAGeoNamesDump() throws {
        let folder = try Fixtures.temporaryFolder()
        let dump = try Fixtures.write(Self.dumpLine + "\n", to: "cities500.txt", in: folder)
        let result = try BinaryRunner.run(["inspect", "samples", "--gazetteer", dump.path, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"documents\""))
    }

    @Test func exportRejectsAMalformedDumpNamingFileAndLine() throws {
        let folder = try Fixtures.temporaryFolder()
        let dump = try Fixtures.write(Self.dumpLine + "\nnot a geonames line\n", to: "cities500.txt", in: folder)
        let output = folder.appendingPathComponent("out.json")
        let result = try BinaryRunner.run(["export", "samples", "--format", "json", "--output", output.path, "--gazetteer", dump.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(dump.path):2"))
        #expect(!FileManager.default.fileExists(atPath: output.path), "no output on error")
    }

    @Test func missingDumpIsReported() throws {
        let result = try BinaryRunner.run(["inspect", "samples", "--gazetteer", "/nonexistent/cities500.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/cities500.txt"))
    }
}
