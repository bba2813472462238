/// Bytes that `BinaryReader` cannot read as what `BinaryWriter` writes: they end too soon or
/// hold a value out of range. Offsets count bytes from the start of the record.
enum BinaryFormatError: Error, Equatable, CustomStringConvertible {
    case truncated(offset: Int)
    case invalid(offset: Int, reason: String)

    var description: String {
        switch self {
        case .truncated(let offset): "the record ends too soon (at byte \(offset))"
        case .invalid(let offset, let reason): "byte \(offset): \(reason)"
        }
    }
}
