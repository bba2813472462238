/// The resolved spans of a long document, gathered window by window (`DocumentWindows`) and
/// kept compact until the document's spans are grouped into entities.
///
/// A `ResolvedSpan` is ~220 bytes (its gazetteer record inline); a long document has a span
/// every ~70 bytes of text. Here each distinct (type, surface, place) is stored once and each
/// span as 20 bytes (its form, scalar offsets and sentence), so what crosses windows is a
/// few bytes per mention. Iterating gives the spans back in document order, with offsets and
/// sentence numbers of the whole document.
struct WindowedSpans: Sequence {
    private struct Form: Hashable {
        var type: EntityType
        var label: SpanLabel
        var text: String
        var place: GazetteerPlace?
    }

    private struct Compact {
        var form: UInt32
        var start: UInt32
        var length: UInt32
        var sentence: UInt32
    }

    private var forms: [Form] = []
    private var formIndex: [Form: UInt32] = [:]
    private var spans: [Compact] = []
    /// Where the next window's sentences start in the document.
    private var sentenceBase = 0

    /// Adds one window's spans (offsets relative to the window) and advances past its tokens.
    /// - Parameters:
    ///   - scalarOffset: where the window starts in the document, in Unicode scalars.
    ///   - tokens: the window's tokens, for the number of sentences it holds.
    mutating func append(_ window: [ResolvedSpan], scalarOffset: Int, tokens: [Token]) {
        spans.reserveCapacity(spans.count + window.count)
        for resolved in window {
            let form = Form(type: resolved.type, label: resolved.span.label, text: resolved.span.text, place: resolved.place)
            let index: UInt32
            if let known = formIndex[form] {
                index = known
            } else {
                index = UInt32(forms.count)
                forms.append(form)
                formIndex[form] = index
            }
            spans.append(Compact(form: index, start: UInt32(clamping: scalarOffset + resolved.span.start),
                                 length: UInt32(clamping: resolved.span.end - resolved.span.start),
                                 sentence: UInt32(clamping: sentenceBase + resolved.span.sentence)))
        }
        if let last = tokens.last { sentenceBase += last.sentence + 1 }
    }

    var underestimatedCount: Int { spans.count }

    func makeIterator() -> AnyIterator<ResolvedSpan> {
        var position = 0
        return AnyIterator { [forms, spans] in
            guard position < spans.count else { return nil }
            let compact = spans[position]
            position += 1
            let form = forms[Int(compact.form)]
            let start = Int(compact.start)
            // Token ranges are the window's and not kept: nothing after grouping reads them.
            let span = CandidateSpan(label: form.label, tokenRange: 0..<0, start: start, end: start + Int(compact.length),
                                     sentence: Int(compact.sentence), text: form.text)
            return ResolvedSpan(span: span, type: form.type, place: form.place)
        }
    }
}
