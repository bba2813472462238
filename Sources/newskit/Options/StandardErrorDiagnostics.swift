import Core
import Foundation

/// Prints diagnostics to standard error as `newskit: warning: LOCATION: MESSAGE`, unless quiet.
/// Repeated messages past the first 20 of a kind are counted, not printed.
final class StandardErrorDiagnostics: DiagnosticSink, @unchecked Sendable {
    private let quiet: Bool
    private let lock = NSLock()
    private var printed = 0
    private var suppressed = 0
    private let limit = 50

    init(quiet: Bool) {
        self.quiet = quiet
    }

    func report(_ diagnostic: Diagnostic) {
        guard !quiet else { return }
        lock.lock()
        defer { lock.unlock() }
        if printed >= limit {
            suppressed += 1
            return
        }
        printed += 1
        ProgressLine.shared.clear()
        FileHandle.standardError.write(Data("newskit: \(diagnostic)\n".utf8))
    }

    /// Says how many warnings were not printed.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if suppressed > 0 {
            FileHandle.standardError.write(Data("newskit: note: \(suppressed) more warnings not shown\n".utf8))
        }
    }
}
