import Foundation
import Testing
import TestSupport

/// Stopping newskit in the middle of an export (SIGTERM here; Ctrl-C's SIGINT and SIGHUP take
/// the same path, but a test runner may start its children with SIGINT ignored, which newskit
/// then leaves ignored, as POSIX asks): nothing is left beside the output, and a plugin (which runs
/// in its own process group, out of the terminal's reach) is stopped with newskit.
@Suite struct InterruptTests {
    @Test func stoppingNewskitRemovesTheTemporaryOutputAndStopsThePlugin() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pidFile = folder.appendingPathComponent("plugin.pid")
        let plugins = folder.appendingPathComponent("plugins")
        let script = """
            #!/bin/sh
            if [ "$1" = "--describe" ]; then
              echo '{"protocol": 1, "name": "hang", "summary": "Writes half, then hangs", "extension": "txt", "media_type": "text/plain"}'
              exit 0
            fi
            echo partial > "$2"
            echo $$ > "\(pidFile.path)"
            sleep 60

            """
        let plugin = try Fixtures.write(script, to: "newskit-export-hang", in: plugins)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: plugin.path)
        let output = folder.appendingPathComponent("out/result.txt")

        let process = Process()
        process.executableURL = BinaryRunner.executable
        process.arguments = ["export", "samples", "--no-entities", "--format", "hang", "--output", output.path]
        process.currentDirectoryURL = Fixtures.root
        process.environment = ProcessInfo.processInfo.environment.merging(["NEWSKIT_PLUGIN_PATH": plugins.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Wait for the plugin to be running (it has written its half output by then).
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: pidFile.path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 0.1)
        let pidText = try String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let pluginPID = try #require(Int32(pidText))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path).count == 1,
                "the plugin should be writing its temporary output")

        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGTERM)

        let left = (try? FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)) ?? []
        #expect(left.isEmpty, "left behind: \(left)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let stopped = Date().addingTimeInterval(10)
        while Self.isRunning(pluginPID) && Date() < stopped { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!Self.isRunning(pluginPID), "plugin \(pluginPID) still runs")
    }

    /// Alive and not a zombie (an orphaned zombie waits for init to reap it; it runs no code).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        guard let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
        return state != "Z" && state != "X"
    }
}
