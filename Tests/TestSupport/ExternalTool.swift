import Foundation

/// Runs an outside program (ogrinfo, frictionless, rsvg-convert, tar, bsdtar, python3, bagit.py)
/// found on PATH, for tests that check newskit's output with other tools or build inputs newskit
/// cannot (hostile archives). The validators are test dependencies: `tools/install-deps.sh --test`
/// installs them, and tests fail (they do not skip) when one is missing.
public enum ExternalTool {
    public struct Result {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The full path of `name` on `PATH`, or nil.
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// A message for `#require`/`Issue.record` when `name` is missing.
    public static func missing(_ name: String) -> String {
        "\(name) is not installed; run tools/install-deps.sh --test (the tests need the outside validators)"
    }

    /// Runs `name ARGUMENTS` (a name on PATH or a full path) in `directory`. A missing program gives status 127 and says so in stderr.
    public static func run(_ name: String, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("newskit-tool-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path + ".out", contents: nil)
        FileManager.default.createFile(atPath: out.path + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: out.path + ".out")
            try? FileManager.default.removeItem(atPath: out.path + ".err")
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: out.path + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: out.path + ".err"))
        try process.run()
        process.waitUntilExit()
        let stdout = (try? String(contentsOfFile: out.path + ".out", encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOfFile: out.path + ".err", encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Runs a Python 3 script given as text, with `arguments`.
    public static func python(_ script: String, _ arguments: [String] = [], in directory: URL? = nil) throws -> Result {
        try run("python3", ["-c", script] + arguments, in: directory)
    }
}
