/// The model file: a gzip member holding, little-endian,
/// `"NKNER"`, format version (u8 = 3; 2 is tagged without `DocumentContexts`, 1 also has no
/// clusters), bucket bits (u8), tag count (u8), weight scale (f32),
/// the gazetteer (u32 count, then per name: kind u8, UTF-8 length u16, bytes), the word
/// clusters (u32 count, then per word: path length u8, path as `0`/`1` bytes, UTF-8 length
/// u16, bytes; versions 2 and 3), and the
/// non-zero weights quantised to 16 bits (u32 count, then per weight: the gap from the previous
/// index and the value, zigzag, as LEB128 varints). Weights that quantise to zero are dropped.
extension NERModel {
    static let magic: [UInt8] = Array("NKNER".utf8)
    static let formatVersion: UInt8 = 3

    /// The compressed model file bytes. Deterministic: the same model gives the same bytes.
    public func encoded() throws -> [UInt8] {
        var out = ModelWriter()
        out.bytes += Self.magic
        out.bytes += [documentContexts ? Self.formatVersion : 2, UInt8(bucketBits), UInt8(NERTagSet.count)]
        var maxAbs: Float = 0
        weights.forEachWeight { _, weight in maxAbs = max(maxAbs, abs(weight)) }
        let scale = maxAbs > 0 ? maxAbs / 32767 : 1
        out.u32(scale.bitPattern)
        out.u32(UInt32(gazetteer.entries.count))
        for entry in gazetteer.entries {
            let utf8 = Array(entry.name.utf8.prefix(Int(UInt16.max)))
            out.bytes.append(entry.kind)
            out.u16(UInt16(utf8.count))
            out.bytes += utf8
        }
        out.u32(UInt32(clusters.entries.count))
        for entry in clusters.entries {
            let word = Array(entry.word.utf8.prefix(Int(UInt16.max)))
            out.bytes.append(UInt8(entry.path.utf8.count))
            out.bytes += Array(entry.path.utf8)
            out.u16(UInt16(word.count))
            out.bytes += word
        }
        var body = ModelWriter()
        var count: UInt32 = 0
        var last = 0
        weights.forEachWeight { index, weight in
            let q = Int((weight / scale).rounded())
            guard q != 0 else { return }
            body.varint(UInt64(index - last))
            body.varint(UInt64(bitPattern: Int64((q << 1) ^ (q >> 63))))
            last = index
            count += 1
        }
        out.u32(count)
        out.bytes += body.bytes
        return try Gzip.compress(out.bytes)
    }

    /// Reads a model file's bytes; `path` names the file in errors.
    /// - Throws: `TaggerError.corruptModel` when the bytes are not a model this code reads.
    public init(encoded bytes: [UInt8], path: String) throws {
        let raw: [UInt8]
        do { raw = try Gzip.decompress(bytes) } catch { throw TaggerError.corruptModel(path: path, reason: "not gzip") }
        var reader = ModelReader(bytes: raw, path: path)
        guard try reader.take(Self.magic.count) == Self.magic else { throw reader.corrupt("bad magic bytes") }
        let version = try reader.u8()
        guard (1...Self.formatVersion).contains(version) else {
            throw reader.corrupt("format version \(version), expected 1 to \(Self.formatVersion)")
        }
        let bits = Int(try reader.u8())
        let tagCount = Int(try reader.u8())
        guard (8...26).contains(bits), tagCount == NERTagSet.count else { throw reader.corrupt("bucket bits \(bits), tags \(tagCount)") }
        let scale = Float(bitPattern: try reader.u32())
        var entries: [(kind: UInt8, name: String)] = []
        for _ in 0..<(try reader.u32()) {
            let kind = try reader.u8()
            let length = Int(try reader.u16())
            guard reader.position + length <= raw.count else { throw reader.corrupt("truncated at byte \(reader.position)") }
            entries.append((kind, String(decoding: raw[reader.position..<(reader.position + length)], as: UTF8.self)))
            reader.position += length
        }
        let clusters = version >= 2 ? try Self.readClusters(&reader) : .empty
        // Straight into the sparse table: the dense array (75 MB) is never built.
        var weights = NERWeightTable.Builder(bucketBits: bits)
        var index = 0
        for n in 0..<(try reader.u32()) {
            let gap = try reader.varint()
            guard gap < UInt64(weights.denseCount) else { throw reader.corrupt("weight index gap \(gap) out of range") }
            index += Int(gap)
            let z = try reader.varint()
            let q = Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1)
            guard index < weights.denseCount, n == 0 || index > 0 else { throw reader.corrupt("weight index \(index) out of range") }
            weights.set(index, Float(q) * scale)
        }
        self.init(weights: weights.finish(), gazetteer: NERGazetteer(entries: entries), clusters: clusters, documentContexts: version >= 3)
    }

    private static func readClusters(_ reader: inout ModelReader) throws -> WordClusters {
        var entries: [(path: String, word: String)] = []
        for _ in 0..<(try reader.u32()) {
            let path = String(decoding: try reader.take(Int(try reader.u8())), as: UTF8.self)
            let word = String(decoding: try reader.take(Int(try reader.u16())), as: UTF8.self)
            guard WordClusters.bits(path) != nil else { throw reader.corrupt("bad cluster path before byte \(reader.position)") }
            entries.append((path, word))
        }
        return WordClusters(entries: entries)
    }
}

/// Little-endian writer for the model file.
struct ModelWriter {
    var bytes: [UInt8] = []
    mutating func u16(_ v: UInt16) { bytes += [UInt8(v & 0xff), UInt8(v >> 8)] }
    mutating func u32(_ v: UInt32) { for s in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((v >> UInt32(s)) & 0xff)) } }
    mutating func varint(_ v: UInt64) { Varint.append(v, to: &bytes) }
}

/// Bounds-checked little-endian reader for the model file.
struct ModelReader {
    let bytes: [UInt8]
    let path: String
    var position = 0

    func corrupt(_ reason: String) -> TaggerError { .corruptModel(path: path, reason: reason) }

    mutating func take(_ count: Int) throws -> [UInt8] {
        guard count >= 0, position + count <= bytes.count else { throw corrupt("truncated at byte \(position)") }
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }
    mutating func u8() throws -> UInt8 {
        guard position < bytes.count else { throw corrupt("truncated at byte \(position)") }
        defer { position += 1 }
        return bytes[position]
    }
    mutating func u16() throws -> UInt16 { UInt16(try u8()) | UInt16(try u8()) << 8 }
    mutating func u32() throws -> UInt32 { UInt32(try u16()) | UInt32(try u16()) << 16 }
    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        for shift in stride(from: 0, to: 64, by: 7) {
            let b = try u8()
            result |= UInt64(b & 0x7f) << UInt64(shift)
            if b < 0x80 { return result }
        }
        throw corrupt("bad varint at byte \(position)")
    }
}
