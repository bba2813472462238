import Dispatch
import Foundation

/// Fills a corpus's entities and mentions: every document goes through `DocumentExtraction`
/// in parallel across cores (bodies load lazily, one per worker), then `EntityMerger` merges
/// the partial results into the corpus-wide tables. Also holds the batching that
/// `PartialExtraction` (`newskit export` and `extract`) uses.
public enum EntityExtraction {
    /// Extracts entities from every document of `corpus` with the default models and merges them.
    /// - Parameters:
    ///   - settings: where to read the gazetteer from (the embedded one unless a GeoNames dump is given).
    ///   - progress: called with (documents done, total) from worker threads, in no set order.
    /// - Throws: `ExtractionError` when a model or gazetteer cannot be loaded; `ReadError` when
    ///   a document's input changed since it was read.
    public static func run(_ corpus: Corpus, diagnostics: any DiagnosticSink, settings: ExtractionSettings = ExtractionSettings(),
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Corpus {
        guard !corpus.documents.isEmpty else { return corpus }
        let extraction = try ExtractionModels.load(settings)
        return try run(corpus, with: extraction, progress: progress)
    }

    /// Extracts with the given per-document step (tests pass their own tokenizer and tagger):
    /// in batches on all cores, results spooled to a temporary file, then the one merge
    /// (`EntityMerger.merge(count:resolution:document:)`), as `newskit export` does.
    public static func run(_ corpus: Corpus, with extraction: DocumentExtraction,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Corpus {
        let documents = corpus.documents
        let spool = try FoundSpool()
        try inBatches(count: documents.count, progress: progress) { index in
            extraction.extract(try documents.document(at: index), index: index)
        } consume: { try spool.append($0) }
        let (entities, mentions) = try EntityMerger.merge(count: spool.count) { try spool.loadFound(at: $0) }
        var result = corpus
        result.entities = entities
        result.mentions = mentions
        return result
    }

    /// Documents extracted per batch: enough to keep every core busy, few enough that a
    /// batch's texts and results stay small.
    public static let batchSize = 256

    /// Runs `work` over `0..<count` on all cores (or `jobs` threads), `batchSize` indices at a
    /// time, and hands the results to `consume` in index order: one batch is held at a time.
    /// `progress` gets (documents done, total) after each one is consumed, on this thread.
    static func inBatches<T>(count: Int, jobs: Int? = nil, progress: ((Int, Int) -> Void)?,
                             _ work: @Sendable (Int) throws -> T, consume: (T) throws -> Void) throws {
        for start in stride(from: 0, to: count, by: batchSize) {
            let end = min(start + batchSize, count)
            let results = try parallelMap(count: end - start, jobs: jobs, progress: nil) { try work(start + $0) }
            for (offset, result) in results.enumerated() {
                try consume(result)
                progress?(start + offset + 1, count)
            }
        }
    }

    /// `body(0) ..< body(count)` on all cores, or on at most `jobs` threads; results in index
    /// order, or the first index's error.
    static func parallelMap<T>(count: Int, jobs: Int? = nil, progress: (@Sendable (Int, Int) -> Void)?,
                               _ body: @Sendable (Int) throws -> T) throws -> [T] {
        let results = ResultSlots<T>(count: count)
        let lanes = min(max(jobs ?? count, 1), max(count, 1))
        // Lane `l` takes indices l, l + lanes, …: `lanes` threads at most, evenly loaded.
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for index in stride(from: lane, to: count, by: lanes) {
                let done = results.store(Result { try body(index) }, at: index)
                progress?(done, count)
            }
        }
        return try results.values()
    }
}

/// Where extraction reads its data from.
public struct ExtractionSettings: Sendable, Equatable {
    /// A GeoNames dump (`cities500.txt`, `allCountries.txt`, optionally gzip) replacing the
    /// embedded cities; nil for the embedded gazetteer.
    public var gazetteerPath: String?

    public init(gazetteerPath: String? = nil) {
        self.gazetteerPath = gazetteerPath
    }
}

/// One slot per document, written from worker threads.
private final class ResultSlots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<T, any Error>?]
    private var done = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Stores `result` and returns how many slots are filled.
    func store(_ result: Result<T, any Error>, at index: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = result
        done += 1
        return done
    }

    /// The results in order; throws the first document's error.
    func values() throws -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return try slots.compactMap { try $0?.get() }
    }
}
