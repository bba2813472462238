/// The tagger's BIO tags: 0 is `O`, then `B-` and `I-` for each `SpanLabel` in `allCases` order
/// (PER, ORG, LOC, MISC).
enum NERTagSet {
    static let labels = SpanLabel.allCases
    static let count = 1 + 2 * labels.count
    static let outside = 0

    static func begin(_ label: SpanLabel) -> Int { 1 + 2 * index(of: label) }
    static func inside(_ label: SpanLabel) -> Int { 2 + 2 * index(of: label) }
    static func isInside(_ tag: Int) -> Bool { tag > 0 && tag % 2 == 0 }
    static func label(of tag: Int) -> SpanLabel? { tag == 0 ? nil : labels[(tag - 1) / 2] }

    static func index(of label: SpanLabel) -> Int { labels.firstIndex(of: label) ?? 0 }

    /// Whether `tag` may follow `previous` (I-X only after B-X or I-X).
    static func allowed(_ tag: Int, after previous: Int) -> Bool {
        !isInside(tag) || (previous != 0 && label(of: previous) == label(of: tag))
    }

    /// The BIO tag name, e.g. `B-PER`.
    static func name(_ tag: Int) -> String {
        guard let label = label(of: tag) else { return "O" }
        return (isInside(tag) ? "I-" : "B-") + label.rawValue
    }

    /// The spans a BIO tag sequence describes (an `I-X` that cannot continue starts a span).
    static func spans(_ tags: [Int]) -> [TaggedSpan] {
        var spans: [TaggedSpan] = []
        var open: (label: SpanLabel, start: Int)?
        for (i, tag) in tags.enumerated() {
            let label = label(of: tag)
            if let current = open, label != current.label || !isInside(tag) {
                spans.append(TaggedSpan(label: current.label, range: current.start..<i))
                open = nil
            }
            if let label, open == nil { open = (label, i) }
        }
        if let current = open { spans.append(TaggedSpan(label: current.label, range: current.start..<tags.count)) }
        return spans
    }
}
