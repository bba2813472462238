@testable import Core
import Foundation
import Testing

@Suite struct OrderedWorkersTests {
    @Test(arguments: [1, 4]) func resultsAndDiagnosticsComeBackInSubmissionOrder(threads: Int) throws {
        let workers = OrderedWorkers<Int>(threads: threads)
        var taken: [Int] = []
        let sink = DiagnosticCollector()
        for job in 0..<40 {
            if workers.isFull, let outcome = workers.takeOldest() { taken.append(try outcome.get(reporting: sink)) }
            #expect(workers.pending < workers.window)
            workers.submit { diagnostics in
                // Early jobs take longest, so later ones finish first on several threads.
                Thread.sleep(forTimeInterval: Double(40 - job) / 40_000)
                diagnostics.warn("job \(job)", at: "page-\(job).html")
                return job * job
            }
        }
        while let outcome = workers.takeOldest() { taken.append(try outcome.get(reporting: sink)) }
        #expect(taken == (0..<40).map { $0 * $0 })
        #expect(sink.diagnostics.map(\.location) == (0..<40).map { "page-\($0).html" })
        #expect(workers.pending == 0)
    }

    @Test func aFailedJobThrowsWhenTakenAfterItsDiagnostics() throws {
        struct Broken: Error {}
        let workers = OrderedWorkers<Int>(threads: 2)
        workers.submit { sink in
            sink.warn("bad bytes", at: "a.html")
            throw Broken()
        }
        workers.submit { _ in 7 }
        let sink = DiagnosticCollector()
        #expect(throws: Broken.self) { try workers.takeOldest()?.get(reporting: sink) }
        #expect(sink.diagnostics.map(\.message) == ["bad bytes"])
        #expect(try workers.takeOldest()?.get(reporting: sink) == 7)
        #expect(workers.takeOldest() == nil)
    }
}
