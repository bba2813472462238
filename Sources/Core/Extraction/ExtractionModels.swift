import Dispatch
import Foundation

/// Loads the default tokenizer, tagger and gazetteer that `newskit export` and `inspect` use.
public enum ExtractionModels {
    /// The per-document extraction step with newskit's own models: `Tokenizer`, the bundled
    /// `NERTagger` model and the embedded gazetteer (or the GeoNames dump in `settings`).
    /// The model and the gazetteer load at the same time, on two threads.
    /// - Throws: `ExtractionError` when the gazetteer dump cannot be read, `TaggerError` when
    ///   the model cannot.
    public static func load(_ settings: ExtractionSettings) throws -> DocumentExtraction {
        let loaded = LoadSlots()
        DispatchQueue.concurrentPerform(iterations: 2) { job in
            if job == 0 {
                loaded.setTagger(Result { try NERTagger.bundled() })
            } else {
                loaded.setGazetteer(Result { try settings.gazetteerPath.map { try Gazetteer(geoNamesDump: $0) } ?? Gazetteer.embedded() })
            }
        }
        let (tagger, gazetteer) = try loaded.values()
        return DocumentExtraction(tokenizer: Tokenizer(), tagger: tagger, gazetteer: gazetteer)
    }
}

/// The two loads' results, written from two threads.
private final class LoadSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var tagger: Result<NERTagger, any Error>?
    private var gazetteer: Result<Gazetteer, any Error>?

    func setTagger(_ result: Result<NERTagger, any Error>) { lock.lock(); tagger = result; lock.unlock() }
    func setGazetteer(_ result: Result<Gazetteer, any Error>) { lock.lock(); gazetteer = result; lock.unlock() }

    /// Both values; the gazetteer's error first, since it names a file the user gave.
    func values() throws -> (NERTagger, Gazetteer) {
        lock.lock()
        defer { lock.unlock() }
        guard let gazetteer, let tagger else { throw ExtractionError.missingResource(name: "tagger model or gazetteer") }
        let place = try gazetteer.get()
        return (try tagger.get(), place)
    }
}
