/// Everything that can go wrong loading, training or evaluating the tagger, with a message
/// that says which file and what to do.
public enum TaggerError: Error, Equatable, CustomStringConvertible, NewskitError {
    case missingBundledModel
    case unreadable(path: String, reason: String)
    case corruptModel(path: String, reason: String)
    case compression(reason: String)
    case malformedCoNLL(path: String, line: Int, reason: String)
    case noTrainingData(path: String)

    public var description: String {
        switch self {
        case .missingBundledModel:
            "the bundled tagger model (Resources/ner-model.bin.gz) is missing from this build. Rebuild newskit, or train one with `newskit-train train` (see docs/tagger.md)."
        case .unreadable(let path, let reason):
            "\(path): cannot be read (\(reason)). Check the path and its permissions."
        case .corruptModel(let path, let reason):
            "\(path): not a newskit tagger model (\(reason)). Retrain it with `newskit-train train` (see docs/tagger.md)."
        case .compression(let reason):
            "zlib failed (\(reason)). The data is damaged or not gzip."
        case .malformedCoNLL(let path, let line, let reason):
            "\(path):\(line): \(reason). Expected CoNLL-2003 lines `TOKEN POS CHUNK TAG` with IOB tags over PER, ORG, LOC, MISC."
        case .noTrainingData(let path):
            "\(path): no sentences found. Give a CoNLL-2003 file (plain or .gz)."
        }
    }
}
