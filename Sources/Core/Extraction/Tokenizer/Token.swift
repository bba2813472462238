/// A token of a document's text, with offsets in Unicode scalars into that text.
public struct Token: Sendable, Equatable, Hashable {
    public var text: String
    /// Offset of the first scalar, counted in Unicode scalars from the start of the text.
    public var start: Int
    /// Offset one past the last scalar.
    public var end: Int
    /// Zero-based sentence index within the document.
    public var sentence: Int

    public init(text: String, start: Int, end: Int, sentence: Int) {
        self.text = text
        self.start = start
        self.end = end
        self.sentence = sentence
    }
}

/// What the tagger says a span of tokens names (CoNLL's types; LOC is split into CITY, COUNTRY
/// and LOCATION later, by place resolution).
public enum SpanLabel: String, Sendable, Codable, CaseIterable {
    case person = "PER"
    case org = "ORG"
    case location = "LOC"
    case misc = "MISC"
}

/// A labelled run of tokens: `tokens[range]` of the sequence the tagger was given.
public struct TaggedSpan: Sendable, Equatable, Hashable {
    public var label: SpanLabel
    public var range: Range<Int>

    public init(label: SpanLabel, range: Range<Int>) {
        self.label = label
        self.range = range
    }
}

/// Splits text into tokens and sentences.
public protocol Tokenizing: Sendable {
    func tokenize(_ text: String) -> [Token]
}

/// Finds named-entity spans in one document's tokens. Pure: the same tokens give the same spans.
public protocol EntityTagging: Sendable {
    func tag(_ tokens: [Token]) -> [TaggedSpan]
}
