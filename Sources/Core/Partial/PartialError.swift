/// A partial-result or merge-step file newskit cannot use, with where and what to do.
public enum PartialError: Error, Equatable, CustomStringConvertible {
    /// The first line is not a newskit partial header.
    case notPartial(path: String)
    /// The header names a version newer than this newskit reads.
    case newerVersion(path: String, version: Int)
    /// A line is not the JSON record the format describes.
    case badRecord(location: String, reason: String)
    /// The temporary file that holds extraction results during a merge failed.
    case spool(folder: String, reason: String)

    public var description: String {
        switch self {
        case .notPartial(let path):
            return "\(path):1: not a newskit partial-result file (the first line must be \(PartialRecord.headerLine)). Make it with `newskit extract`."
        case .newerVersion(let path, let version):
            return "\(path):1: partial-result version \(version) is newer than this newskit reads (\(PartialRecord.formatVersion)); use the newskit that wrote it, or upgrade."
        case .badRecord(let location, let reason):
            return "\(location): \(reason). Partial-result files are written by `newskit extract`; make this one again."
        case .spool(let folder, let reason):
            return "cannot keep extraction results in a temporary file in \(folder): \(reason). Free disk space there or point TMPDIR at a folder with room."
        }
    }
}
