import Core
import Foundation
import Testing

@Suite struct BackgroundValueTests {
    private struct Failure: Error, Equatable {}

    @Test func theValueIsWaitedForAndRunsBesideTheCaller() throws {
        let started = NSCondition()
        nonisolated(unsafe) var running = false
        let value = BackgroundValue { () -> Int in
            started.lock()
            running = true
            started.broadcast()
            started.unlock()
            Thread.sleep(forTimeInterval: 0.05)
            return 42
        }
        // The work starts without anyone asking for the value.
        started.lock()
        while !running { #expect(started.wait(until: Date().addingTimeInterval(10))) }
        started.unlock()
        #expect(try value.value() == 42)
        #expect(try value.value() == 42)
    }

    @Test func anErrorReachesWhoeverAsks() {
        let value = BackgroundValue<Int> { throw Failure() }
        #expect(throws: Failure()) { try value.value() }
        #expect(throws: Failure()) { try value.value() }
    }

    @Test func aFinishedValueIsThereAtOnce() throws {
        #expect(try BackgroundValue(finished: "done").value() == "done")
    }
}
