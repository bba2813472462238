/// The extraction spool (`FoundSpool`, a temporary file newskit writes and reads back itself)
/// gave back bytes that are not what was written: the disk or the temporary folder misbehaved.
public enum SpoolError: Error, Equatable, CustomStringConvertible, NewskitError {
    case damagedRecord(index: Int, reason: String)

    public var description: String {
        switch self {
        case .damagedRecord(let index, let reason):
            "the temporary extraction spool is damaged at document \(index) (\(reason)). Check the disk behind TMPDIR (or point TMPDIR elsewhere) and run again."
        }
    }
}
