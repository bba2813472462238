import Foundation

/// Runs a program as a child process and reports its peak resident set size, from the child's
/// own `rusage` (`wait4`): a memory ceiling measured in the process that did the work, not in
/// the test runner. Foundation's `Process` reaps its children itself, so this spawns directly.
public enum ChildPeakMemory {
    public struct Result {
        /// The exit status, or -1 when the child did not exit normally.
        public var status: Int32
        /// `ru_maxrss` of the child, in bytes.
        public var peakBytes: Int
    }

    /// Runs `executable ARGUMENTS` with standard output and error sent to /dev/null.
    /// - Throws: `CocoaError` when the program cannot be started.
    public static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
            throw CocoaError(.executableNotLoadable, userInfo: [NSFilePathErrorKey: executable])
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros Swift does not import.
        let exited = status & 0x7F == 0
        return Result(status: exited ? (status >> 8) & 0xFF : -1, peakBytes: Int(usage.ru_maxrss) * 1024)
    }
}
