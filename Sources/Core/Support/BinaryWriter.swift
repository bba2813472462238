/// Appends values to a byte array in a compact little-endian form: unsigned LEB128 varints,
/// zigzag varints for signed integers, length-prefixed UTF-8 strings, a presence byte before
/// optionals, `Double`s as their bit patterns (so they come back bit for bit).
/// `BinaryReader` reads the same forms back.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    mutating func varint(_ value: UInt64) {
        Varint.append(value, to: &bytes)
    }

    /// A signed integer, zigzag-coded so that small negative numbers stay short.
    mutating func int(_ value: Int) {
        Varint.append(signed: value, to: &bytes)
    }

    mutating func string(_ value: String) {
        varint(UInt64(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    mutating func double(_ value: Double) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    /// A presence byte (0 or 1), then `value` written by `write` when present.
    mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        guard let value else { return byte(0) }
        byte(1)
        write(&self, value)
    }
}
