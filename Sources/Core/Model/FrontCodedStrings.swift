/// A list of strings stored front-coded: each one as the length of the prefix it shares with
/// the one before it, then the rest of its UTF-8 bytes (varint lengths).
///
/// Built for file paths, which newskit keeps one per article read from a folder (to read the
/// article again when its text is needed) and which arrive sorted: in
/// `bbc-txt/business/001.txt`, `bbc-txt/business/002.txt`… only the last few bytes differ, so a
/// path costs about 10 bytes instead of a Swift string's 80–150. Every 16th entry is written
/// whole (a restart point, as in LevelDB's blocks and Lucene's term dictionary), so reading
/// entry `i` decodes at most 16 entries.
public struct FrontCodedStrings: Sendable, Equatable {
    static let restartInterval = 16

    private var bytes: [UInt8] = []
    /// Where each restart entry (0, 16, 32…) starts in `bytes`.
    private var restarts: [Int] = []
    private var previous: [UInt8] = []
    public private(set) var count = 0

    public init() {}

    public var isEmpty: Bool { count == 0 }

    /// The bytes the encoded strings take (without the restart table's 8 bytes per 16 strings).
    public var byteCount: Int { bytes.count }

    /// The last string appended, nil when there is none.
    public var last: String? { isEmpty ? nil : String(decoding: previous, as: UTF8.self) }

    /// Whether `string` is the last string appended (without building a String).
    public func lastIs(_ string: String) -> Bool {
        !isEmpty && previous.elementsEqual(string.utf8)
    }

    public mutating func append(_ string: String) {
        let utf8 = Array(string.utf8)
        var shared = 0
        if count % Self.restartInterval == 0 {
            restarts.append(bytes.count)
        } else {
            let limit = min(previous.count, utf8.count)
            while shared < limit && previous[shared] == utf8[shared] { shared += 1 }
        }
        Varint.append(UInt(shared), to: &bytes)
        Varint.append(UInt(utf8.count - shared), to: &bytes)
        bytes.append(contentsOf: utf8[shared...])
        previous = utf8
        count += 1
    }

    public subscript(index: Int) -> String {
        precondition(index >= 0 && index < count, "FrontCodedStrings index \(index) out of range 0..<\(count)")
        var offset = restarts[index / Self.restartInterval]
        var value: [UInt8] = []
        for _ in 0...(index % Self.restartInterval) {
            let shared = Int(Varint.read(bytes, at: &offset))
            let rest = Int(Varint.read(bytes, at: &offset))
            value.removeSubrange(shared...)
            value.append(contentsOf: bytes[offset..<(offset + rest)])
            offset += rest
        }
        return String(decoding: value, as: UTF8.self)
    }

    public static func == (lhs: FrontCodedStrings, rhs: FrontCodedStrings) -> Bool {
        lhs.bytes == rhs.bytes && lhs.count == rhs.count
    }
}
