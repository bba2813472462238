import Foundation

/// Runs an outside validator (ogrinfo, frictionless, python3, rsvg-convert) found on `PATH`.
/// The validators are test dependencies: `tools/install-deps.sh --test` installs them.
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

    /// Runs `executable` (a full path) with `arguments` in `directory`.
    public static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let group = DispatchGroup()
        let errBox = ErrorBuffer()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errBox.data, as: UTF8.self))
    }
}

private final class ErrorBuffer: @unchecked Sendable {
    var data = Data()
}
