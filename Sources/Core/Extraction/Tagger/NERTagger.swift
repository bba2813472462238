import Foundation

/// The learned named-entity tagger: finds PER, ORG, LOC and MISC spans in one document's
/// tokens with a `NERModel` (an averaged perceptron trained on CoNLL-2003; docs/tagger.md).
///
/// After decoding, a trailing `’s` and a person's leading title (`Mr`) are dropped, and person
/// and organisation spans that the tokenizer split at a hyphen are
/// joined again (`Jean` `-` `Claude` → `Jean-Claude`); place spans stay apart
/// (`Ukraine` `-` `Russia` are two places).
public struct NERTagger: EntityTagging {
    public let model: NERModel

    public init(model: NERModel) {
        self.model = model
    }

    /// Loads a model file (gzip, as written by `newskit-train train`).
    /// - Throws: `TaggerError` when the file is missing or not a model.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TaggerError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        model = try NERModel(encoded: [UInt8](data), path: url.path)
    }

    /// The model shipped in Core's resources, loaded once on first use and shared.
    /// - Throws: `TaggerError` if the resource is missing or damaged.
    public static func bundled() throws -> NERTagger {
        try bundledResult.get()
    }

    private static let bundledResult: Result<NERTagger, TaggerError> = {
        guard let url = Bundle.module.url(forResource: "ner-model.bin", withExtension: "gz", subdirectory: "Resources") else {
            return .failure(.missingBundledModel)
        }
        do { return .success(try NERTagger(contentsOf: url)) } catch let error as TaggerError {
            return .failure(error)
        } catch {
            return .failure(.unreadable(path: url.path, reason: "\(error)"))
        }
    }()

    public func tag(_ tokens: [Token]) -> [TaggedSpan] {
        Self.joinHyphenated(NERTagSet.spans(model.tags(tokens)).flatMap { Self.splitAtSpacedDashes($0, tokens) }, tokens)
            .compactMap { Self.trimmed($0, tokens) }
    }

    /// `span` cut at every `-` token with a space on either side (`AFP - Getty Images` is two
    /// names): training splits hyphenated words into pieces that all carry the entity's tag, so
    /// the model may carry a span across a dash; only a hyphen inside a word belongs to a name.
    static func splitAtSpacedDashes(_ span: TaggedSpan, _ tokens: [Token]) -> [TaggedSpan] {
        var pieces: [TaggedSpan] = []
        var start = span.range.lowerBound
        for i in span.range where ["-", "–", "—"].contains(tokens[i].text) {
            let attached = i > 0 && i + 1 < tokens.count && tokens[i - 1].end == tokens[i].start && tokens[i].end == tokens[i + 1].start
            guard !attached else { continue }
            if start < i { pieces.append(TaggedSpan(label: span.label, range: start..<i)) }
            start = i + 1
        }
        if start < span.range.upperBound { pieces.append(TaggedSpan(label: span.label, range: start..<span.range.upperBound)) }
        return pieces
    }

    /// Titles the guidelines keep out of person names (`Mr Herashchenko` → `Herashchenko`).
    static let titles: Set<String> = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Prof", "Prof."]

    /// `span` without a leading title (persons) or a trailing possessive clitic (`Zelensky’s`);
    /// nil if nothing is left.
    static func trimmed(_ span: TaggedSpan, _ tokens: [Token]) -> TaggedSpan? {
        var range = span.range
        while range.count > 1, ["’s", "'s", "’", "'"].contains(tokens[range.upperBound - 1].text) {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        if span.label == .person, range.count > 1, titles.contains(tokens[range.lowerBound].text) {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        return range.isEmpty ? nil : TaggedSpan(label: span.label, range: range)
    }

    /// Joins `PER`/`ORG` spans separated only by a hyphen token with no space around it.
    static func joinHyphenated(_ spans: [TaggedSpan], _ tokens: [Token]) -> [TaggedSpan] {
        var result: [TaggedSpan] = []
        for span in spans {
            if let last = result.last, last.label == span.label, last.label == .person || last.label == .org,
               last.range.upperBound + 1 == span.range.lowerBound {
                let hyphen = tokens[last.range.upperBound]
                if hyphen.text == "-" && tokens[last.range.upperBound - 1].end == hyphen.start && hyphen.end == tokens[span.range.lowerBound].start {
                    result[result.count - 1].range = last.range.lowerBound..<span.range.upperBound
                    continue
                }
            }
            result.append(span)
        }
        return result
    }
}
