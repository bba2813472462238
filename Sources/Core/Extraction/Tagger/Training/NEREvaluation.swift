/// Exact-span precision, recall and F1 per type over PER, ORG and LOC (MISC ignored, as
/// newskit does not use it), plus their micro average.
public struct NEREvaluation: Sendable {
    public static let types: [SpanLabel] = [.person, .org, .location]

    /// Per type: true positives, predicted spans, gold spans.
    public private(set) var counts: [SpanLabel: (correct: Int, predicted: Int, gold: Int)] = [:]

    public init() {}

    /// Adds one document's predicted and gold spans.
    public mutating func add(predicted: [TaggedSpan], gold: [TaggedSpan]) {
        for type in Self.types {
            let p = Set(predicted.filter { $0.label == type }.map(\.range))
            let g = Set(gold.filter { $0.label == type }.map(\.range))
            let old = counts[type] ?? (0, 0, 0)
            counts[type] = (old.correct + p.intersection(g).count, old.predicted + p.count, old.gold + g.count)
        }
    }

    /// Precision, recall and F1 for `type`, or micro-averaged over the three types when nil.
    public func scores(_ type: SpanLabel? = nil) -> (precision: Double, recall: Double, f1: Double) {
        let rows = type.map { [counts[$0] ?? (0, 0, 0)] } ?? Self.types.map { counts[$0] ?? (0, 0, 0) }
        let correct = Double(rows.map(\.correct).reduce(0, +))
        let predicted = Double(rows.map(\.predicted).reduce(0, +))
        let gold = Double(rows.map(\.gold).reduce(0, +))
        let p = predicted > 0 ? correct / predicted : 0
        let r = gold > 0 ? correct / gold : 0
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
    }

    /// A Markdown table: type, precision, recall, F1, gold count.
    public var table: String {
        var lines = ["| type | precision | recall | F1 | gold |", "| --- | ---: | ---: | ---: | ---: |"]
        for type in Self.types as [SpanLabel?] + [nil] {
            let s = scores(type)
            let gold = type.map { counts[$0]?.gold ?? 0 } ?? Self.types.map { counts[$0]?.gold ?? 0 }.reduce(0, +)
            let name = type?.rawValue ?? "micro"
            lines.append("| \(name) | \(Self.format(s.precision)) | \(Self.format(s.recall)) | \(Self.format(s.f1)) | \(gold) |")
        }
        return lines.joined(separator: "\n")
    }

    /// `x` with four decimals (no locale, no Foundation).
    public static func format(_ x: Double) -> String {
        let scaled = Int((x * 10000).rounded())
        let frac = String(scaled % 10000)
        return "\(scaled / 10000).\(String(repeating: "0", count: 4 - frac.count))\(frac)"
    }
}

extension NEREvaluation {
    /// Tags every document of `corpus` with `tagger` and scores it against the gold spans.
    public static func run(_ tagger: NERTagger, on corpus: CoNLLCorpus) -> NEREvaluation {
        var evaluation = NEREvaluation()
        for document in corpus.documents {
            evaluation.add(predicted: tagger.tag(document.tokens), gold: document.spans)
        }
        return evaluation
    }
}
