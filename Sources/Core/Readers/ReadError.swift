import Foundation

/// Everything that can go wrong reading inputs, with a message that says where and what to do.
public enum ReadError: Error, Equatable, CustomStringConvertible {
    case missingInput(path: String)
    case unreadable(path: String, reason: String)
    case noArticles(inputs: [String])
    case emptyInput(path: String)
    case binaryInput(path: String, offset: Int)
    case tooLarge(location: String, size: Int, limit: Int)
    case lineTooLong(location: String, limit: Int)
    case truncatedGzip(path: String, compressedBytes: Int)
    case malformedJSON(location: String, reason: String)
    case wrongType(location: String, key: String, expected: String, found: String)
    case missingField(location: String, key: String)
    case unsupportedCorpusVersion(path: String, version: Int)
    case changedSinceRead(path: String)
    case invalidOption(name: String, reason: String)
    case invalidInput(location: String, reason: String)

    public var description: String {
        switch self {
        case .missingInput(let path):
            "\(path): no such file or directory. Check the path."
        case .unreadable(let path, let reason):
            "\(path): cannot be read (\(reason)). Check the path and the file's permissions."
        case .noArticles(let inputs):
            "no articles found in \(inputs.joined(separator: ", ")). newskit reads .txt, .jsonl, .json (also gzipped), .html, .warc, newskit corpus JSON and newskit bundles (.tar.gz)."
        case .emptyInput(let path):
            "\(path): the file is empty."
        case .binaryInput(let path, let offset):
            "\(path): looks like a binary file (NUL byte at byte \(offset)), not an article. Remove it from the inputs."
        case .tooLarge(let location, let size, let limit):
            "\(location): \(size) bytes is over the limit of \(limit) bytes for one document. Raise it with --max-document-bytes if this is intended."
        case .lineTooLong(let location, let limit):
            "\(location): the line is longer than the limit of \(limit) bytes for one document. Raise it with --max-document-bytes if this is intended, or pass --skip-invalid to skip the line."
        case .truncatedGzip(let path, let compressedBytes):
            "\(path): the gzip data ends early, after \(compressedBytes) compressed bytes: the file is truncated. Copy or download it again."
        case .malformedJSON(let location, let reason):
            "\(location): malformed JSON (\(reason)). Fix the line or pass --skip-invalid."
        case .wrongType(let location, let key, let expected, let found):
            "\(location): expected \(expected) for \"\(key)\", found \(found). Fix the line or pass --skip-invalid."
        case .missingField(let location, let key):
            "\(location): missing \"\(key)\", which every article needs. Fix the line or pass --skip-invalid."
        case .unsupportedCorpusVersion(let path, let version):
            "\(path): newskit corpus version \(version) is newer than this newskit reads (\(Corpus.formatVersion)). Upgrade newskit."
        case .changedSinceRead(let path):
            "\(path): the file changed while newskit was reading it. Run the command again."
        case .invalidOption(let name, let reason):
            "\(name): \(reason)"
        case .invalidInput(let location, let reason):
            "\(location): \(reason)"
        }
    }
}
