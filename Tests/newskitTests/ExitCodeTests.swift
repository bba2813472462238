import Foundation
import Testing
import TestSupport

@Suite struct ExitCodeTests {
    @Test func helpExitsZeroAndListsSubcommands() throws {
        let result = try BinaryRunner.run(["--help"])
        #expect(result.status == 0)
        for command in ["export", "formats", "inspect"] { #expect(result.stdout.contains(command)) }
    }

    @Test func missingInputIsAUsageError() throws {
        let result = try BinaryRunner.run(["export", "--format", "json", "--output", "/tmp/x.json"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("at least one input"))
    }

    @Test func unknownFormatFailsWithTheKnownNames() throws {
        let result = try BinaryRunner.run(["export", "samples", "--format", "nope", "--output", "/tmp/x"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown format \"nope\""))
        #expect(result.stderr.contains("json"))
    }
}
