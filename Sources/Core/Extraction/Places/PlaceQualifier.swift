/// The place written right after a name and a comma that says which one is meant:
/// `Paris, Texas`, `Paris, Tenn.`, `Paris, TN`, `London, Ont.`, `Kharkiv, Ukraine`.
enum PlaceQualifier {
    /// The country, first-level division or region of one country (`Norfolk, England`) after
    /// `span` and a comma, tagged or not.
    static func after(_ span: CandidateSpan, in spans: [CandidateSpan], position: Int, tokens: [Token],
                      gazetteer: Gazetteer) -> GazetteerPlace? {
        let comma = span.tokenRange.upperBound
        guard comma + 1 < tokens.count, tokens[comma].text == ",", tokens[comma + 1].sentence == span.sentence else { return nil }
        if position + 1 < spans.count, spans[position + 1].tokenRange.lowerBound == comma + 1,
           let place = qualifying(spans[position + 1].text, gazetteer: gazetteer) {
            return place
        }
        let word = tokens[comma + 1]
        guard word.text.first?.isUppercase == true else { return nil }
        // `Tenn.` may come as `Tenn` and `.`: try the word with its dot first.
        if comma + 2 < tokens.count, tokens[comma + 2].text == ".", tokens[comma + 2].start == word.end,
           let place = qualifying(word.text + ".", gazetteer: gazetteer) {
            return place
        }
        if word.text.count == 2, word.text.uppercased() == word.text,
           let state = gazetteer.division(country: "US", admin1: word.text) ?? gazetteer.division(country: "CA", admin1: word.text) {
            return state
        }
        return qualifying(word.text, gazetteer: gazetteer)
    }

    private static func qualifying(_ text: String, gazetteer: Gazetteer) -> GazetteerPlace? {
        gazetteer.matches(text).filter { PlaceResolver.surfaceFits($0, text) }.map(\.place)
            .first { $0.kind == .country || $0.featureClass == .admin1 || ($0.featureClass == .region && $0.countryCode != nil) }
    }
}
