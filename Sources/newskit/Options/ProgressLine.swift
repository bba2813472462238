import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal and
/// the work has run for more than half a second.
final class ProgressLine: @unchecked Sendable {
    static let shared = ProgressLine()

    private let lock = NSLock()
    private var enabled = isatty(STDERR_FILENO) != 0
    private var started = Date()
    private var lastDraw = Date.distantPast
    private var visible = false

    func disable() {
        lock.lock()
        enabled = false
        lock.unlock()
    }

    func start() {
        lock.lock()
        started = Date()
        lock.unlock()
    }

    /// Shows `label` with `done` of `total` bytes, in MB.
    func updateBytes(_ label: String, done: Int64, total: Int64) {
        update(label, done: Int(done / 1_000_000), total: Int(max(total, done) / 1_000_000), unit: " MB")
    }

    /// Shows `label` with `done` of `total`.
    func update(_ label: String, done: Int, total: Int, unit: String = "") {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard enabled, now.timeIntervalSince(started) > 0.5, now.timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = now
        let width = 30
        let filled = total > 0 ? min(width, done * width / total) : 0
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        FileHandle.standardError.write(Data("\r\u{1B}[K\(label) \(bar) \(done)/\(total)\(unit)".utf8))
        visible = true
    }

    /// Shows an exporter's step: `epub writing ████░░ 120/2225`; the callback
    /// `PreparedFormats.write` takes.
    static let exporting: @Sendable (_ format: String, _ step: String, _ done: Int, _ total: Int) -> Void = { format, step, done, total in
        shared.update("\(format) \(step)", done: done, total: total)
    }

    /// Removes the bar so that other output starts on a clean line.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        guard visible else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        visible = false
    }
}
