import Core

/// What can stop the EPUB exporter, with a message that says what to do.
public enum EPUBError: NewskitError, Equatable {
    /// The book needs ZIP64, which newskit's zip writer does not write.
    case containerTooLarge(reason: String)
    /// A broken invariant inside the exporter (a bug, not a problem with the input).
    case internalFailure(String)

    public var description: String {
        switch self {
        case .containerTooLarge(let reason):
            "epub: the book is too large for a zip without ZIP64 (\(reason)). Split the input and export it in parts."
        case .internalFailure(let what):
            "epub: internal error (\(what)). Please report it with the command you ran."
        }
    }
}
