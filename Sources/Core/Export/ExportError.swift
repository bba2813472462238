/// Everything that can go wrong exporting, with a message that says what to do.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    case unknownFormat(String, known: [String])
    case badOptionSyntax(String)
    case unknownOption(exporter: String, key: String, known: [String])
    case badOption(exporter: String, key: String, value: String, expected: String)
    case layoutMismatch(exporter: String, expected: OutputLayout)
    case writeFailed(path: String, reason: String)
    case outputIsInput(path: String)
    case badOutputPath(path: String, reason: String)
    /// A folder output would replace a folder holding what newskit did not write.
    case folderNotReplaceable(path: String, reason: String, canForce: Bool)
    case badEnvironment(name: String, value: String, expected: String)
    case failed(exporter: String, reason: String)

    public var description: String {
        switch self {
        case .unknownFormat(let name, let known):
            "unknown format \"\(name)\". Known formats: \(known.joined(separator: ", ")). Run `newskit formats` to see them all."
        case .badOptionSyntax(let item):
            "--option \(item): expected key=value, for example --option level=9."
        case .unknownOption(let exporter, let key, let known):
            known.isEmpty
                ? "\(exporter): unknown option \"\(key)\"; this format takes no options."
                : "\(exporter): unknown option \"\(key)\". It takes: \(known.joined(separator: ", ")) (see `newskit formats`)."
        case .badOption(let exporter, let key, let value, let expected):
            "\(exporter): option \(key)=\(value) is not valid; expected \(expected)."
        case .layoutMismatch(let exporter, let expected):
            "\(exporter): internal error, expected a \(expected.rawValue) destination."
        case .writeFailed(let path, let reason):
            "\(path): cannot write (\(reason)). Check the folder exists, is writable and has space."
        case .outputIsInput(let path):
            "\(path): the output would overwrite an input. Choose another --output."
        case .badOutputPath(let path, let reason):
            "\(path): \(reason)"
        case .folderNotReplaceable(let path, let reason, let canForce):
            "\(path): the output folder \(reason); writing the output would replace it. Choose another --output"
                + (canForce ? " (a new or empty folder), or pass --force to replace the folder and everything in it." : ".")
        case .badEnvironment(let name, let value, let expected):
            "\(name)=\(value) is not valid; expected \(expected)."
        case .failed(let exporter, let reason):
            "\(exporter): \(reason)"
        }
    }
}
