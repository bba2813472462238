/// The per-document half of extraction: tokens → tagged spans → cleaned spans → labels made
/// consistent → places resolved → untagged places and repeated names found → entities grouped
/// within the document. The headline (`title`) is read with the body, on a line before it,
/// and its names get mentions with offsets into the title (`HeadlineText`). A pure function of the document (and the models it
/// holds), so documents can be processed in any order, on any machine.
public struct DocumentExtraction: Sendable {
    public let tokenizer: any Tokenizing
    public let tagger: any EntityTagging
    public let gazetteer: Gazetteer
    private let resolver: PlaceResolver
    /// The longest text extracted in one go, in UTF-8 bytes; longer texts are cut into windows
    /// of at most this size (`DocumentWindows`). Tests set it small to exercise the windows.
    public var windowBytes = DocumentWindows.windowBytes

    public init(tokenizer: any Tokenizing, tagger: any EntityTagging, gazetteer: Gazetteer) {
        self.tokenizer = tokenizer
        self.tagger = tagger
        self.gazetteer = gazetteer
        resolver = PlaceResolver(gazetteer: gazetteer)
    }

    /// The entities and mentions of `document`, which is document `index` of its corpus.
    ///
    /// A text longer than one window (`DocumentWindows`, 256 KiB) goes through `resolve` one
    /// window at a time, its spans kept compact (`WindowedSpans`) and grouped once for the whole
    /// document, so working memory is bounded by the window, not by the document.
    public func extract(_ document: Document, index: Int) -> DocumentEntities {
        let headline = HeadlineText(title: document.title, text: document.text)
        let windows = DocumentWindows(limit: windowBytes)
        var headlineSentences = 0
        var found: DocumentEntities
        if !windows.isLong(headline.joined) {
            let (resolved, tokens) = resolve(headline.joined)
            headlineSentences = headline.headlineSentences(tokens)
            found = DocumentGrouping.group(headline.keepingNamesTheBodyConfirms(resolved), documentID: document.id, documentIndex: index)
        } else {
            // The headline sits at the start of the first window: its sentences are counted and
            // its title-case names confirmed there (by that window's body, not the whole text's).
            var spans = WindowedSpans()
            var isFirst = true
            windows.forEach(headline.joined) { window in
                var (resolved, tokens) = resolve(window.text)
                if isFirst {
                    headlineSentences = headline.headlineSentences(tokens)
                    resolved = headline.keepingNamesTheBodyConfirms(resolved)
                    isFirst = false
                }
                spans.append(resolved, scalarOffset: window.scalarOffset, tokens: tokens)
            }
            found = DocumentGrouping.group(spans, documentID: document.id, documentIndex: index)
        }
        found.mentions = found.mentions.map { headline.locate($0, headlineSentences: headlineSentences) }
        return found
    }

    /// The per-window pipeline: `text`'s resolved spans (scalar offsets and sentences counted
    /// from the start of `text`) and its tokens.
    func resolve(_ text: String) -> (spans: [ResolvedSpan], tokens: [Token]) {
        let scalars = ScalarText(text)
        let tokens = tokenizer.tokenize(text)
        let tagged = SpanRetyping.splitCoordinated(SpanRetyping.apply(
            tagger.tag(tokens).sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) },
            tokens: tokens), tokens: tokens, gazetteer: gazetteer)
        let spans = LabelVoting.apply(tagged.compactMap { SpanCleaner.clean($0, tokens: tokens, text: scalars) })
        var resolved = resolver.resolve(spans, tokens: tokens)
        resolved += UntaggedPlaces.find(in: tokens, outside: spans, gazetteer: gazetteer, text: scalars)
        return (MentionPropagation.extend(resolved, tokens: tokens, text: scalars), tokens)
    }
}
