/// A map from 64-bit hash keys (feature and word hashes, already well spread) to small values:
/// open addressing with linear probing, no rehashing of the key through `Hasher`. The tagger
/// looks up several such keys per token, where `Dictionary`'s SipHash was a visible cost.
/// Never iterated, so no ordering question arises.
struct HashKeyTable<Value> {
    private var keys: [UInt64]
    private var values: [Value?]
    private var shift: UInt64
    private(set) var count = 0

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 8) {
        var bits: UInt64 = 4
        while (1 << bits) < capacity * 2 { bits += 1 }
        keys = [UInt64](repeating: 0, count: 1 << bits)
        values = [Value?](repeating: nil, count: 1 << bits)
        shift = 64 - bits
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9e37_79b9_7f4a_7c15) >> shift)
    }

    subscript(key: UInt64) -> Value? {
        get {
            let mask = keys.count - 1
            var i = slot(key)
            while let value = values[i] {
                if keys[i] == key { return value }
                i = (i + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }  // removal is never needed
            let mask = keys.count - 1
            var i = slot(key)
            while values[i] != nil {
                if keys[i] == key { values[i] = newValue; return }
                i = (i + 1) & mask
            }
            keys[i] = key
            values[i] = newValue
            count += 1
            if count * 2 > keys.count { grow() }
        }
    }

    subscript(key: UInt64, default value: @autoclosure () -> Value) -> Value {
        get { self[key] ?? value() }
        set { self[key] = newValue }
    }

    private mutating func grow() {
        var bigger = HashKeyTable(capacity: keys.count)
        for i in keys.indices { if let value = values[i] { bigger[keys[i]] = value } }
        self = bigger
    }
}

extension HashKeyTable: Sendable where Value: Sendable {}
