import Core
import Foundation

/// Runs one plugin call and reports how it ended, what it printed on stdout (up to a limit) and
/// the tail of its stderr.
///
/// One thread does everything with `poll(2)`: it writes standard input in chunks while draining
/// standard output and standard error, so a plugin that writes a lot of stderr before reading its
/// input cannot deadlock with newskit, and the timeout holds even while newskit is still writing.
/// The plugin runs in its own process group so that a timeout kills it and any children it
/// started (a shell script's `sleep`, say), not just the first process.
struct PluginProcess {
    /// How the call ended.
    enum Termination: Equatable {
        case exited(Int32)
        case signaled(Int32)
        case timedOut
    }

    struct Outcome {
        var termination: Termination
        var stdout: Data
        var stderrTail: [String]
    }

    let executable: URL
    let arguments: [String]
    let timeout: TimeInterval
    /// How many bytes of standard output to keep (the rest is read and dropped).
    var stdoutLimit = 0
    /// Variables set for the plugin on top of newskit's own environment.
    var environment: [String: String] = [:]

    /// Starts the plugin, lets `feed` write its standard input, then waits for it to end.
    /// - Throws: `PluginError.Kind.launchFailed` when it cannot be started, and whatever `feed`
    ///   throws (the plugin is killed first).
    func run(feeding feed: ((any ByteSink) throws -> Void)? = nil) throws -> Outcome {
        let pipes = try PluginPipes(deadline: DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeout) * 1e9), stdoutLimit: stdoutLimit)
        let pid = try spawn(pipes)
        // The plugin leads its own process group, out of reach of a terminal's Ctrl-C: if
        // newskit is interrupted, InterruptCleanup kills the group.
        let running = InterruptCleanup.shared.register(processGroup: pid)
        defer { InterruptCleanup.shared.unregister(running) }
        let blocked = SIGPIPEBlock()
        defer { blocked.release() }
        var timedOut = false
        do {
            if let feed {
                let sink = PluginInputSink(pipes: pipes)
                try feed(sink)
                try sink.flush()
            }
        } catch PluginPipes.Stop.inputClosed {
            // The plugin stopped reading (it failed, or needs no more): its exit status tells.
        } catch PluginPipes.Stop.timedOut {
            timedOut = true
        } catch {
            Self.kill(pid)
            pipes.closeAll()
            throw error
        }
        pipes.closeInput()
        let status = timedOut ? nil : pipes.wait(for: pid)
        if status == nil { Self.kill(pid) }
        pipes.drainAfterExit()
        pipes.closeAll()
        return Outcome(
            termination: status.map(Self.termination) ?? .timedOut,
            stdout: pipes.stdout, stderrTail: pipes.stderrTail(lines: PluginError.tailLines))
    }

    /// Starts the executable with stdin, stdout and stderr connected to `pipes`, in a new process group.
    private func spawn(_ pipes: PluginPipes) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipes.childInput, 0)
        posix_spawn_file_actions_adddup2(&actions, pipes.childOutput, 1)
        posix_spawn_file_actions_adddup2(&actions, pipes.childError, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        // newskit ignores these to handle them itself (InterruptCleanup); plugins get the defaults.
        for number in InterruptCleanup.signals { sigaddset(&defaults, number) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let envp: [UnsafeMutablePointer<CChar>?] = merged.keys.sorted().map { strdup("\($0)=\(merged[$0] ?? "")") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        var result = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        // ETXTBSY: the file was open for writing a moment ago, possibly only by a child another
        // thread forked that has not reached exec yet (golang/go#22315). Short retries ride it out.
        for _ in 0..<10 where result == ETXTBSY {
            usleep(20_000)
            result = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        }
        pipes.closeChildEnds()
        guard result == 0 else {
            pipes.closeAll()
            throw PluginError.Kind.launchFailed(reason: String(cString: strerror(result)))
        }
        return pid
    }

    /// Kills the plugin's process group and reaps it.
    private static func kill(_ pid: pid_t) {
        Foundation.kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }

    /// Decodes a `waitpid` status (the `WIFEXITED` family are macros Swift cannot import).
    private static func termination(_ status: Int32) -> Termination {
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }
}

/// Blocks SIGPIPE on the current thread while newskit writes to a plugin that may have exited,
/// so the write fails with EPIPE instead of killing newskit; `release()` discards a pending
/// SIGPIPE and restores the old mask. (Process-wide `signal(SIGPIPE, SIG_IGN)` would change
/// how `newskit ... --output - | head` behaves.)
private struct SIGPIPEBlock {
    private var old = sigset_t()

    init() {
        var set = SIGPIPEBlock.pipeSet
        pthread_sigmask(SIG_BLOCK, &set, &old)
    }

    func release() {
        var set = SIGPIPEBlock.pipeSet
        var pending = sigset_t()
        sigpending(&pending)
        if sigismember(&pending, SIGPIPE) == 1 {
            var zero = timespec(tv_sec: 0, tv_nsec: 0)
            while sigtimedwait(&set, nil, &zero) == SIGPIPE {}
        }
        var restore = old
        pthread_sigmask(SIG_SETMASK, &restore, nil)
    }

    private static var pipeSet: sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGPIPE)
        return set
    }
}

/// Buffers what the JSON writer produces and hands it to the plugin's stdin in 64 KiB chunks.
private final class PluginInputSink: ByteSink {
    private let pipes: PluginPipes
    private var buffer: [UInt8] = []
    private let chunk = 1 << 16

    init(pipes: PluginPipes) {
        self.pipes = pipes
        buffer.reserveCapacity(chunk)
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= chunk { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        try pipes.writeInput(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
