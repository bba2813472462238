import Foundation

/// A value computed on a thread of its own, started when this is made; `value()` waits for it.
///
/// For one long step that can run beside others (the corpus-wide entity merge while an
/// exporter works on the documents, `PendingCorpus`). A dedicated thread rather than a
/// dispatch queue: the step runs for a long time and must not wait behind, or hold up, the
/// pool that `concurrentPerform` uses.
public final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<Value, any Error>?

    /// Starts `work` on a new thread.
    public init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            let outcome = Result { try work() }
            condition.lock()
            result = outcome
            condition.broadcast()
            condition.unlock()
        }
        thread.start()
    }

    /// A value known already: `value()` returns it without waiting.
    public init(finished value: Value) {
        result = .success(value)
    }

    /// The value, waiting for the thread to finish if it has not.
    /// - Throws: what `work` threw.
    public func value() throws -> Value {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result { return try result.get() }
            condition.wait()
        }
    }
}
