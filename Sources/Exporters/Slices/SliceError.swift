/// Row slices the final write cannot use (`RowSlices`), naming the file or folder.
public enum SliceError: Error, Equatable, CustomStringConvertible {
    case badSlices(path: String, reason: String)

    public var description: String {
        switch self {
        case .badSlices(let path, let reason):
            "\(path): \(reason). Row slices are written by `newskit merge-step rows`; run that step (or the Spark job) again."
        }
    }
}
