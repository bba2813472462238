import Dispatch
import Foundation

/// The extraction models (`ExtractionModels.load`) loading on a background thread, started
/// before the inputs are read so that the two overlap: loading the model and the gazetteer takes
/// about as long as reading the BBC corpus, and the two used to run one after the other.
///
/// If the inputs turn out not to need extraction (they carry entities already), the load was
/// CPU time spent on another core, not wall time.
public final class PendingExtraction: @unchecked Sendable {
    private let loading = DispatchGroup()
    /// Written once on the loading thread before it leaves `loading`; read after waiting on it.
    private var result: Result<DocumentExtraction, any Error> = .failure(ExtractionError.missingResource(name: "tagger model or gazetteer"))

    /// Starts loading the models for `settings`.
    public init(_ settings: ExtractionSettings) {
        loading.enter()
        DispatchQueue.global().async { [self] in
            result = Result { try ExtractionModels.load(settings) }
            loading.leave()
        }
    }

    /// The loaded extraction step, waiting for the load to finish if it has not.
    /// - Throws: what `ExtractionModels.load` throws.
    public func get() throws -> DocumentExtraction {
        loading.wait()
        return try result.get()
    }
}
