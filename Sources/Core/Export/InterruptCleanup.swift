import Foundation

/// What newskit must undo when it is interrupted (Ctrl-C, SIGTERM, SIGHUP) in the middle of a
/// run: temporary outputs beside their targets (`AtomicOutput`), staging folders (bundles), and
/// plugin processes, which run in their own process group so a terminal's Ctrl-C does not reach
/// them.
///
/// Writers register what they create and unregister it once it is renamed into place or removed.
/// `install()` (called once by the CLI) turns the signals into dispatch sources; the handler
/// removes every registered path, kills every registered plugin's process group, then dies of the
/// same signal, so a shell sees the usual "interrupted" status (130 for Ctrl-C).
public final class InterruptCleanup: @unchecked Sendable {
    public static let shared = InterruptCleanup()

    /// Something to undo, as `register` returns it.
    public struct Token: Hashable, Sendable {
        fileprivate let value: Int
    }

    private let lock = NSLock()
    private var paths: [Token: String] = [:]
    private var processGroups: [Token: pid_t] = [:]
    private var nextValue = 0
    private var installed = false

    /// The signals that stop newskit and trigger the clean-up.
    public static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// A file or folder to remove if newskit is interrupted before `unregister`.
    public func register(path: String) -> Token {
        lock.withLock {
            let token = makeToken()
            paths[token] = path
            return token
        }
    }

    /// A child process (leader of its own process group) to kill if newskit is interrupted.
    public func register(processGroup: pid_t) -> Token {
        lock.withLock {
            let token = makeToken()
            processGroups[token] = processGroup
            return token
        }
    }

    public func unregister(_ token: Token) {
        lock.withLock {
            paths[token] = nil
            processGroups[token] = nil
        }
    }

    /// Handles the signals from now on. Call once, early, from the program's entry point.
    ///
    /// The signal handler only writes the signal's number to a pipe (all a handler may safely
    /// do); a thread waiting on the pipe does the clean-up, then re-raises the signal with its
    /// default action.
    public func install() {
        lock.withLock {
            guard !installed else { return }
            installed = true
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { return }
            // Not inherited by plugins.
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            interruptPipeWriteEnd = ends[1]
            for number in Self.signals {
                // A signal ignored on entry (a background job's SIGINT, nohup's SIGHUP) stays ignored.
                let previous = signal(number, SIG_IGN)
                if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
                signal(number) { received in
                    var byte = UInt8(truncatingIfNeeded: received)
                    _ = write(interruptPipeWriteEnd, &byte, 1)
                }
            }
            // A launcher may have left them blocked (a mask survives exec): unblock what we handle.
            var handled = sigset_t()
            sigemptyset(&handled)
            for number in Self.signals { sigaddset(&handled, number) }
            pthread_sigmask(SIG_UNBLOCK, &handled, nil)
            let readEnd = ends[0]
            let watcher = Thread { [weak self] in
                var byte: UInt8 = 0
                while true {
                    let count = read(readEnd, &byte, 1)
                    if count == 1 { break }
                    if count < 0 && errno == EINTR { continue }
                    return // the pipe is gone: nothing to watch
                }
                self?.interrupted(by: Int32(byte))
            }
            watcher.name = "newskit-interrupt"
            watcher.start()
        }
    }

    /// Undoes everything registered, then dies of `signal` with its default action.
    private func interrupted(by number: Int32) -> Never {
        cleanUp()
        signal(number, SIG_DFL)
        // Make sure this thread can receive it, so raising it ends the process now.
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, number)
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(number)
        exit(128 + number)
    }

    /// Kills registered plugins and removes registered paths (what the handler does first).
    func cleanUp() {
        let (groups, doomed) = lock.withLock { (Array(processGroups.values), Array(paths.values)) }
        for group in groups { kill(-group, SIGKILL) }
        for path in doomed { try? FileManager.default.removeItem(atPath: path) }
    }

    private func makeToken() -> Token {
        nextValue += 1
        return Token(value: nextValue)
    }
}

/// The pipe's write end, for the signal handler (a C function pointer cannot capture state).
nonisolated(unsafe) private var interruptPipeWriteEnd: Int32 = -1
