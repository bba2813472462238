/// The tagger's BIO tags: 0 is `O`, then `B-` (begin) and `I-` (inside) for each `SpanLabel`
/// in `allCases` order (PER, ORG, LOC, MISC). (BILOU, tried with the same features and greedy
/// decoding, scored about 1 point lower on CoNLL dev: the `L-`/`U-` choice needs the future.)
enum NERTagSet {
    enum Part: Int { case begin = 0, inside }

    static let labels = SpanLabel.allCases
    static let count = 1 + 2 * labels.count
    static let outside = 0

    static func tag(_ label: SpanLabel, _ part: Part) -> Int { 1 + 2 * index(of: label) + part.rawValue }
    static func part(of tag: Int) -> Part? { tag == 0 ? nil : Part(rawValue: (tag - 1) % 2) }
    static func label(of tag: Int) -> SpanLabel? { tag == 0 ? nil : labels[(tag - 1) / 2] }
    static func index(of label: SpanLabel) -> Int { labels.firstIndex(of: label) ?? 0 }

    /// Whether a span is open after `tag` (it was `B-` or `I-`).
    static func isOpen(_ tag: Int) -> Bool { part(of: tag) == .begin || part(of: tag) == .inside }

    /// Whether `tag` may follow `previous`: `I-X` only after `B-X` or `I-X`.
    static func allowed(_ tag: Int, after previous: Int) -> Bool {
        part(of: tag) != .inside || (isOpen(previous) && label(of: tag) == label(of: previous))
    }

    /// The tags `allowed` after `previous`, as bits (`1 << tag`): asked for every token.
    static func allowedAfter(_ previous: Int) -> UInt32 {
        allowedMasks[previous]
    }

    private static let allowedMasks: [UInt32] = (0..<count).map { previous in
        (0..<count).reduce(0) { mask, tag in allowed(tag, after: previous) ? mask | 1 << UInt32(tag) : mask }
    }

    /// The tag name, e.g. `B-PER`.
    static func name(_ tag: Int) -> String {
        guard let label = label(of: tag), let part = part(of: tag) else { return "O" }
        return (part == .begin ? "B-" : "I-") + label.rawValue
    }

    /// The spans a tag sequence describes. Forgiving: a stray `I-X` starts a span.
    static func spans(_ tags: [Int]) -> [TaggedSpan] {
        var spans: [TaggedSpan] = []
        var open: (label: SpanLabel, start: Int)?
        func close(_ end: Int) {
            if let current = open { spans.append(TaggedSpan(label: current.label, range: current.start..<end)) }
            open = nil
        }
        for (i, tag) in tags.enumerated() {
            guard let label = label(of: tag), let part = part(of: tag) else { close(i); continue }
            if part == .begin || open?.label != label { close(i); open = (label, i) }
        }
        close(tags.count)
        return spans
    }

    /// The BIO tags of `count` tokens carrying `spans`.
    static func tags(_ spans: [TaggedSpan], count: Int) -> [Int] {
        var tags = [Int](repeating: outside, count: count)
        for span in spans where !span.range.isEmpty {
            for i in span.range { tags[i] = tag(span.label, .inside) }
            tags[span.range.lowerBound] = tag(span.label, .begin)
        }
        return tags
    }
}
