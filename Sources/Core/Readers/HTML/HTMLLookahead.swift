import Foundation

/// Parses the web pages of a planned read ahead of `CorpusReader`'s loop, on every core, so a
/// folder of saved pages is not parsed one page at a time.
///
/// When the loop reaches an HTML file it asks for that file's extraction; the lookahead first
/// starts the next HTML files of the plan (up to its workers' window, and never more than
/// `reach` files ahead), then waits for the one asked for. Each page's extraction is a pure
/// function of its bytes and the options (`HTMLReader.document`), and its diagnostics are
/// reported when the loop takes it, so the corpus, the warnings and their order are those of a
/// one-page-at-a-time read. Memory: at most the window's extracted documents wait here.
struct HTMLLookahead {
    private let workers: OrderedWorkers<Document>
    private let options: ReadOptions
    /// The plan's files, in reading order.
    private let inputs: [Input]
    /// Plan positions submitted and not taken, oldest first.
    private var submitted: [Int] = []
    /// The next plan position to consider submitting.
    private var next = 0
    /// Files looked at ahead of the one asked for, at most (a folder mixing formats must not
    /// make the lookahead scan the whole plan).
    let reach: Int

    init(inputs: [Input], options: ReadOptions, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        workers = OrderedWorkers(threads: threads)
        self.inputs = inputs
        self.options = options
        reach = 4 * workers.window
    }

    /// Whether the file at a plan position can be parsed ahead: a file on disk named as a page.
    static func isAhead(_ input: Input) -> Bool {
        input.url != nil && input.data == nil && HTMLReader.extensions.contains(input.pathExtension)
    }

    /// The extraction of `inputs[index]` parsed ahead, or nil when it is not a page that can be
    /// (the caller reads it as usual). Diagnostics the extraction reported go to `diagnostics`
    /// before the result is returned.
    mutating func extraction(at index: Int, diagnostics: any DiagnosticSink) -> Result<Document, any Error>? {
        // Pages started ahead that the loop did not read as pages (skipped, or another reader's).
        while let oldest = submitted.first, oldest < index {
            submitted.removeFirst()
            _ = workers.takeOldest()
        }
        next = max(next, index)
        while !workers.isFull, next < inputs.count, next - index < reach {
            if Self.isAhead(inputs[next]) {
                let input = inputs[next], options = options
                workers.submit { sink in try HTMLReader.document(input, context: ReadContext(options: options, diagnostics: sink)) }
                submitted.append(next)
            }
            next += 1
        }
        if submitted.first == index, let outcome = workers.takeOldest() {
            submitted.removeFirst()
            return Result { try outcome.get(reporting: diagnostics) }
        }
        return nil
    }
}
