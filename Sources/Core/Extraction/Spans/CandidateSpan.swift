/// A name found in a document's text, with scalar offsets, before it is resolved to an entity.
struct CandidateSpan: Sendable, Equatable {
    var label: SpanLabel
    /// The span's tokens, `tokens[tokenRange]` of the document.
    var tokenRange: Range<Int>
    var start: Int
    var end: Int
    var sentence: Int
    /// The surface form: the document's text between `start` and `end`.
    var text: String
}

/// The document's text as an array of Unicode scalars, for cutting spans by scalar offset.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The text between scalar offsets `start` and `end` (clamped to the text).
    func slice(_ start: Int, _ end: Int) -> String {
        let low = max(0, min(start, scalars.count)), high = max(low, min(end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[low..<high])
        return String(view)
    }
}
