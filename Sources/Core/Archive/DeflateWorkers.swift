import Foundation

/// Threads that compress queued `GzipBlock`s, oldest first, each thread with its own `MemberDeflater`.
///
/// Which thread compresses a block changes nothing in its output, so the order of work is free;
/// the producer collects results in its own order. `stop()` (also run by `deinit`) tells every
/// thread to end and joins it, so no thread outlives the writer that owns these workers,
/// whether it finished or failed.
final class DeflateWorkers {
    let queue: Queue
    private var threads: [pthread_t] = []

    /// Starts up to `count` threads; fewer when the system refuses more (see `isEmpty`).
    init(count: Int, level: Int, archive: String) {
        queue = Queue(level: level, archive: archive)
        for _ in 0..<count {
            guard let thread = Self.start(queue) else { break }
            threads.append(thread)
        }
    }

    deinit { stop() }

    /// No thread could be started: the caller compresses on its own thread instead.
    var isEmpty: Bool { threads.isEmpty }

    /// Queues `block` for the next free thread.
    func submit(_ block: GzipBlock) {
        queue.condition.lock()
        queue.waiting.append(block)
        queue.condition.broadcast()
        queue.condition.unlock()
    }

    /// The block's result if a thread has finished it, else nil, without waiting.
    func result(of block: GzipBlock) -> Result<[UInt8], any Error>? {
        queue.condition.lock()
        defer { queue.condition.unlock() }
        return block.output
    }

    /// Waits until a thread has compressed `block` (which must have been submitted) and returns the result.
    func wait(for block: GzipBlock) -> Result<[UInt8], any Error> {
        queue.condition.lock()
        defer { queue.condition.unlock() }
        while true {
            if let output = block.output { return output }
            queue.condition.wait()
        }
    }

    /// Ends every thread (blocks still queued are dropped) and joins them. Safe to call twice.
    func stop() {
        guard !threads.isEmpty else { return }
        queue.condition.lock()
        queue.stopping = true
        queue.condition.broadcast()
        queue.condition.unlock()
        for thread in threads { pthread_join(thread, nil) }
        threads.removeAll()
    }

    /// A thread running `queue.work()`, or nil when none can be created (the process is at its
    /// thread limit or out of memory).
    private static func start(_ queue: Queue) -> pthread_t? {
        queue.count(+1)
        let context = Unmanaged.passRetained(queue).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        let status = pthread_create(&thread, nil, { deflateWorkerMain($0) }, context)
        #else
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { deflateWorkerMain($0) }, context)
        #endif
        guard status == 0 else {
            queue.count(-1)
            Unmanaged<Queue>.fromOpaque(context).release()
            return nil
        }
        return thread
    }

    /// The blocks waiting for a thread, and the flag that ends the threads. Every field is read
    /// and written only while holding `condition`, which is why it may be `@unchecked Sendable`.
    final class Queue: @unchecked Sendable {
        let condition = NSCondition()
        var waiting: [GzipBlock] = []
        var stopping = false
        /// Threads started and not yet at the end of `work()`.
        private var running = 0
        private let level: Int
        private let archive: String

        init(level: Int, archive: String) {
            self.level = level
            self.archive = archive
        }

        /// One thread's loop: take the oldest waiting block, compress it, publish the result.
        func work() {
            // Made on this thread, so a failure lands in the first block it takes, not in a crash.
            let deflater = Result { try MemberDeflater(level: level, archive: archive) }
            while let block = next() {
                let output = deflater.flatMap { block.compress(with: $0) }
                condition.lock()
                block.output = output
                condition.broadcast()
                condition.unlock()
            }
            count(-1)
        }

        /// Threads started and not yet ended: 0 once `stop()` has returned.
        var live: Int {
            condition.lock()
            defer { condition.unlock() }
            return running
        }

        fileprivate func count(_ change: Int) {
            condition.lock()
            running += change
            condition.unlock()
        }

        /// The oldest waiting block, waiting for one if need be; nil once `stopping` is set.
        private func next() -> GzipBlock? {
            condition.lock()
            defer { condition.unlock() }
            while waiting.isEmpty && !stopping { condition.wait() }
            return stopping ? nil : waiting.removeFirst()
        }
    }
}

/// A worker thread's entry point: takes over the retained `DeflateWorkers.Queue` passed as
/// `context` and runs its loop (a C function pointer cannot capture the queue itself).
private func deflateWorkerMain(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let context else { return nil }
    Unmanaged<DeflateWorkers.Queue>.fromOpaque(context).takeRetainedValue().work()
    return nil
}
