import Foundation

/// This process's memory, for the steps that say how much state they held (`merge-step resolve`,
/// `merge`): the figures a cluster is sized by.
public enum ProcessMemory {
    /// Peak resident set size so far, in bytes (`getrusage`; Linux reports kilobytes).
    public static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if os(Linux)
        let who = RUSAGE_SELF.rawValue
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if os(Linux)
        return Int(usage.ru_maxrss) * 1024
        #else
        return Int(usage.ru_maxrss)
        #endif
    }

    /// "peak RSS 47.0 MB, 24.0 MB above the start: about 1700 bytes per distinct key": the growth
    /// from `baseline` spread over `count` items.
    public static func describeGrowth(since baseline: Int, over count: Int, of item: String) -> String {
        let peak = peakResidentBytes()
        let growth = max(0, peak - baseline)
        let each = count > 0 ? growth / count : 0
        return String(format: "peak RSS %.1f MB, %.1f MB above the start: about %d bytes per %@", Double(peak) / 1e6, Double(growth) / 1e6, each, item)
    }
}
