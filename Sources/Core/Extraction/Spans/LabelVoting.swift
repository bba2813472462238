/// Makes one document's labels agree with themselves, as a reader would: a name is one kind of
/// thing throughout an article (Ratinov and Roth's document-level consistency).
///
/// - A one-word ORG or MISC span that is the surname of a person named in full in the document
///   becomes PER (`Zelensky` after `Volodymyr Zelensky`).
/// - A name tagged both PER and ORG takes the label it has most often (ties: left alone).
enum LabelVoting {
    static func apply(_ spans: [CandidateSpan]) -> [CandidateSpan] {
        let surnames = Set(spans.filter { $0.label == .person && $0.tokenRange.count > 1 }
            .compactMap { $0.text.split(separator: " ").last.map(String.init) })
        var votes: [String: [SpanLabel: Int]] = [:]
        for span in spans where span.label == .person || span.label == .org {
            votes[span.text, default: [:]][span.label, default: 0] += 1
        }
        return spans.map { span in
            var span = span
            if (span.label == .org || span.label == .misc) && span.tokenRange.count == 1 && surnames.contains(span.text) {
                span.label = .person
            } else if span.label == .person || span.label == .org, let counts = votes[span.text] {
                let person = counts[.person, default: 0], org = counts[.org, default: 0]
                if person > org { span.label = .person } else if org > person { span.label = .org }
            }
            return span
        }
    }
}
