/// Where an exporter says how far it has got, for the CLI's progress bar: the step it is in
/// (`"writing"`, `"sketching"`, `"originals"`) and how many of its units (documents, files) are
/// done. Exporters report the steps that grow with the corpus; a step that takes no time need not.
///
/// Reporting never changes output. Calls come from the exporter's thread, in order within one
/// exporter; the receiver decides how often to draw.
public struct ExportProgress: Sendable {
    private let report: @Sendable (_ step: String, _ done: Int, _ total: Int) -> Void

    /// - Parameter report: called with (step, done, total).
    public init(_ report: @escaping @Sendable (_ step: String, _ done: Int, _ total: Int) -> Void) {
        self.report = report
    }

    /// Reports `done` of `total` units of `step`.
    public func update(_ step: String, done: Int, total: Int) {
        report(step, done, total)
    }

    /// A progress that ignores every report (the default).
    public static let silent = ExportProgress { _, _, _ in }
}
