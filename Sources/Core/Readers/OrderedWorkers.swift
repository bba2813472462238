import Foundation

/// Runs pure jobs on every core and hands their results back in the order they were submitted,
/// with at most `window` jobs submitted and not yet taken: what readers use to parse pages in
/// parallel while yielding documents in input order, with memory that does not grow with the
/// input.
///
/// Each job gets its own `DiagnosticCollector`; its diagnostics are handed back with the result
/// so the caller reports them in submission order, and the diagnostics a run prints are the same
/// bytes, in the same order, whatever the number of cores or the timing. With one core, or
/// `threads` 1, jobs run on the calling thread when submitted (nothing is queued).
final class OrderedWorkers<Value: Sendable>: @unchecked Sendable {
    /// One job's result and the diagnostics it reported.
    struct Outcome {
        var result: Result<Value, any Error>
        var diagnostics: [Diagnostic]

        /// Reports the diagnostics to `sink`, then returns the value or throws the job's error.
        func get(reporting sink: any DiagnosticSink) throws -> Value {
            for diagnostic in diagnostics { sink.report(diagnostic) }
            return try result.get()
        }
    }

    /// A submitted job: its outcome once done, and a signal for the taker.
    private final class Slot: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        var outcome: Outcome?
    }

    /// Jobs submitted and not yet taken, oldest first.
    private var slots: [Slot] = []
    private var head = 0
    /// At most this many jobs are submitted and not taken.
    let window: Int
    private let parallel: Bool
    private let queue = DispatchQueue(label: "newskit.ordered-workers", attributes: .concurrent)

    /// - Parameter threads: cores to use (default: all); the window is four jobs per thread, so
    ///   a slow page does not leave the other cores idle.
    init(threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        let threads = max(threads, 1)
        parallel = threads > 1
        window = parallel ? 4 * threads : 1
    }

    /// Jobs submitted and not yet taken.
    var pending: Int { slots.count - head }

    /// Whether `submit` would go past the window: take the oldest result first.
    var isFull: Bool { pending >= window }

    /// Starts `job` on a worker thread (on this thread when not parallel).
    func submit(_ job: @escaping @Sendable (any DiagnosticSink) throws -> Value) {
        let slot = Slot()
        slots.append(slot)
        let run: @Sendable () -> Void = {
            let collector = DiagnosticCollector()
            let result = Result { try job(collector) }
            slot.outcome = Outcome(result: result, diagnostics: collector.diagnostics)
            slot.done.signal()
        }
        if parallel { queue.async(execute: run) } else { run() }
    }

    /// The oldest job's outcome, waiting for it; nil when nothing is pending.
    func takeOldest() -> Outcome? {
        guard head < slots.count else { return nil }
        let slot = slots[head]
        head += 1
        if head > 64 && head * 2 > slots.count {
            slots.removeFirst(head)
            head = 0
        }
        slot.done.wait()
        // The semaphore orders the worker's write before this read.
        return slot.outcome
    }
}
