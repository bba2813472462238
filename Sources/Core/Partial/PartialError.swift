/// A partial-result or merge-step file newskit cannot use, with where and what to do.
public enum PartialError: Error, Equatable, CustomStringConvertible {
    /// The first line (`location`: file and line) is not a newskit partial header.
    case notPartial(location: String)
    /// The header names a version newer than this newskit reads.
    case newerVersion(location: String, version: Int)
    /// A line is not the JSON record the format describes.
    case badRecord(location: String, reason: String)

    public var description: String {
        switch self {
        case .notPartial(let location):
            return "\(location): not a newskit partial-result file (the first line must be \(PartialRecord.headerLine)). Make it with `newskit extract`."
        case .newerVersion(let location, let version):
            return "\(location): partial-result version \(version) is newer than this newskit reads (\(PartialRecord.formatVersion)); use the newskit that wrote it, or upgrade."
        case .badRecord(let location, let reason):
            return "\(location): \(reason). Partial-result files are written by `newskit extract`; make this one again."
        }
    }
}
