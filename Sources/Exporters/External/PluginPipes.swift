import Core
import Foundation

/// The three pipes between newskit and a running plugin, pumped with `poll(2)` against a deadline.
final class PluginPipes {
    /// Why pumping stopped early.
    enum Stop: Error {
        /// The plugin closed its standard input (it exited, or stopped reading).
        case inputClosed
        /// The deadline passed.
        case timedOut
    }

    private(set) var childInput: Int32 = -1
    private(set) var childOutput: Int32 = -1
    private(set) var childError: Int32 = -1
    private var input: Int32 = -1
    private var output: Int32 = -1
    private var error: Int32 = -1

    private let deadline: UInt64
    private let stdoutLimit: Int
    private(set) var stdout = Data()
    private var stderrBytes: [UInt8] = []
    /// Keep this much of stderr at most; the tail is all a message shows.
    private let stderrKeep = 1 << 16

    /// - Parameter deadline: `DispatchTime` uptime in nanoseconds when the plugin must be done.
    init(deadline: UInt64, stdoutLimit: Int) throws {
        self.deadline = deadline
        self.stdoutLimit = stdoutLimit
        (childInput, input) = try Self.pipe()
        (output, childOutput) = try Self.pipe()
        (error, childError) = try Self.pipe()
        for descriptor in [input, output, error] {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        }
    }

    deinit { closeAll() }

    /// Writes all of `bytes` to the plugin's stdin, draining its output meanwhile.
    /// - Throws: `Stop.inputClosed` when the plugin no longer reads, `Stop.timedOut` past the deadline.
    func writeInput(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            guard input >= 0 else { throw Stop.inputClosed }
            try pump(writing: true)
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(input, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0 && errno != EAGAIN && errno != EINTR {
                closeInput()
                throw Stop.inputClosed
            }
        }
    }

    /// Waits until `pid` exits, draining its output; returns its `waitpid` status, or nil past
    /// the deadline (the caller kills it).
    func wait(for pid: pid_t) -> Int32? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return status }
            if result < 0 && errno != EINTR { return 0 }
            do { try pump(writing: false) } catch { return nil }
        }
    }

    /// Reads what is left in the pipes after the plugin exited, for at most half a second
    /// (a child it left behind may hold them open).
    func drainAfterExit() {
        let end = DispatchTime.now().uptimeNanoseconds + 500_000_000
        while output >= 0 || error >= 0, DispatchTime.now().uptimeNanoseconds < end {
            do { try pump(writing: false, until: end) } catch { return }
        }
    }

    /// The last `lines` lines of stderr, decoded leniently, without trailing blank lines.
    func stderrTail(lines: Int) -> [String] {
        var all = String(decoding: stderrBytes, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.trimmingCharacters(in: .whitespaces).prefix(400)) }
        while all.last?.isEmpty == true { all.removeLast() }
        return Array(all.suffix(lines))
    }

    func closeInput() { Self.close(&input) }

    func closeChildEnds() {
        Self.close(&childInput)
        Self.close(&childOutput)
        Self.close(&childError)
    }

    func closeAll() {
        closeChildEnds()
        Self.close(&input)
        Self.close(&output)
        Self.close(&error)
    }

    /// One `poll`: waits until stdin can take bytes (when `writing`) or output arrives, and
    /// reads whatever output is there.
    private func pump(writing: Bool, until end: UInt64? = nil) throws {
        let now = DispatchTime.now().uptimeNanoseconds
        let limit = min(end ?? deadline, deadline)
        guard now < limit else { throw Stop.timedOut }
        var descriptors: [pollfd] = []
        if writing, input >= 0 { descriptors.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
        if output >= 0 { descriptors.append(pollfd(fd: output, events: Int16(POLLIN), revents: 0)) }
        if error >= 0 { descriptors.append(pollfd(fd: error, events: Int16(POLLIN), revents: 0)) }
        // Wake at least every 50 ms: `wait(for:)` polls the child's exit between calls.
        let milliseconds = Int32(min(50, (limit - now) / 1_000_000 + 1))
        let ready = poll(&descriptors, nfds_t(descriptors.count), milliseconds)
        guard ready > 0 else { return }
        for descriptor in descriptors where descriptor.revents != 0 {
            if descriptor.fd == output { read(&output, into: .stdout) }
            if descriptor.fd == error { read(&error, into: .stderr) }
        }
    }

    private enum Stream { case stdout, stderr }

    /// Reads what is available from `descriptor`; closes it at end of file.
    private func read(_ descriptor: inout Int32, into stream: Stream) {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
        if count == 0 || (count < 0 && errno != EAGAIN && errno != EINTR) {
            Self.close(&descriptor)
            return
        }
        guard count > 0 else { return }
        switch stream {
        case .stdout:
            let room = stdoutLimit - stdout.count
            if room > 0 { stdout.append(contentsOf: chunk[0..<min(count, room)]) }
        case .stderr:
            stderrBytes.append(contentsOf: chunk[0..<count])
            if stderrBytes.count > 2 * stderrKeep { stderrBytes.removeFirst(stderrBytes.count - stderrKeep) }
        }
    }

    private static func pipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        // pipe2(O_CLOEXEC) is not imported (it needs _GNU_SOURCE); set FD_CLOEXEC right after.
        guard Glibc.pipe(&ends) == 0 else {
            throw PluginError.Kind.launchFailed(reason: "cannot create a pipe: \(String(cString: strerror(errno)))")
        }
        for descriptor in ends { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }

    private static func close(_ descriptor: inout Int32) {
        if descriptor >= 0 { Foundation.close(descriptor) }
        descriptor = -1
    }
}
