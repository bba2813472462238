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

    public init(tokenizer: any Tokenizing, tagger: any EntityTagging, gazetteer: Gazetteer) {
        self.tokenizer = tokenizer
        self.tagger = tagger
        self.gazetteer = gazetteer
        resolver = PlaceResolver(gazetteer: gazetteer)
    }

    /// The entities and mentions of `document`, which is document `index` of its corpus.
    public func extract(_ document: Document, index: Int) -> DocumentEntities {
        let headline = HeadlineText(title: document.title, text: document.text)
        let text = ScalarText(headline.joined)
        let tokens = tokenizer.tokenize(headline.joined)
        let tagged = SpanRetyping.splitCoordinated(SpanRetyping.apply(
            tagger.tag(tokens).sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) },
            tokens: tokens), tokens: tokens, gazetteer: gazetteer)
        let spans = LabelVoting.apply(tagged.compactMap { SpanCleaner.clean($0, tokens: tokens, text: text) })
        var resolved = resolver.resolve(spans, tokens: tokens)
        resolved += UntaggedPlaces.find(in: tokens, outside: spans, gazetteer: gazetteer, text: text)
        resolved = headline.keepingNamesTheBodyConfirms(MentionPropagation.extend(resolved, tokens: tokens, text: text))
        var found = DocumentGrouping.group(resolved, documentID: document.id, documentIndex: index)
        let headlineSentences = headline.headlineSentences(tokens)
        found.mentions = found.mentions.map { headline.locate($0, headlineSentences: headlineSentences) }
        return found
    }
}
