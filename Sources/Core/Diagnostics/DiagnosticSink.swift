import Foundation

/// Receives diagnostics from readers, extraction and exporters. Must be safe to call from
/// several threads: extraction runs in parallel.
public protocol DiagnosticSink: Sendable {
    func report(_ diagnostic: Diagnostic)
}

extension DiagnosticSink {
    /// Reports a warning at `location`.
    public func warn(_ message: String, at location: String = "") {
        report(Diagnostic(.warning, location: location, message))
    }
}

/// Collects diagnostics in memory, in the order they arrive (tests, and the CLI's summary).
public final class DiagnosticCollector: DiagnosticSink, @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [Diagnostic] = []
    private let forward: (any DiagnosticSink)?

    /// - Parameter forward: another sink that also gets every diagnostic as it arrives.
    public init(forwardingTo forward: (any DiagnosticSink)? = nil) {
        self.forward = forward
    }

    public func report(_ diagnostic: Diagnostic) {
        lock.lock()
        collected.append(diagnostic)
        lock.unlock()
        forward?.report(diagnostic)
    }

    /// Everything reported so far.
    public var diagnostics: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}

/// Drops every diagnostic.
public struct IgnoringDiagnostics: DiagnosticSink {
    public init() {}
    public func report(_ diagnostic: Diagnostic) {}
}
