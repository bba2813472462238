import Core

/// Test double for the tokenizer: words and punctuation with scalar offsets; `.`, `!` and `?`
/// end sentences. Not the real tokenizer (`Sources/Core/Extraction/Tokenizer/`), just enough for extraction tests.
struct StandInTokenizer: Tokenizing {
    func tokenize(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var sentence = 0
        var index = 0
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "'" || s == "’" || s == "."
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace { index += 1; continue }
            let start = index
            if isWordScalar(scalar) {
                while index < scalars.count && isWordScalar(scalars[index]) { index += 1 }
                // A final dot ends the sentence unless the word is an abbreviation like U.N.
                var end = index
                let word = String(String.UnicodeScalarView(scalars[start..<end]))
                if word.hasSuffix("."), word.dropLast().contains(".") == false, end - start > 1 { end -= 1; index = end }
                tokens.append(Token(text: String(String.UnicodeScalarView(scalars[start..<end])), start: start, end: end, sentence: sentence))
            } else {
                index += 1
                tokens.append(Token(text: String(scalar), start: start, end: index, sentence: sentence))
                if [".", "!", "?"].contains(scalar) { sentence += 1 }
            }
            if tokens.last?.text == "." { sentence += 1 }
        }
        return tokens
    }
}

/// Test double for the tagger: runs of capitalised tokens whose text `labels` lists (tried with
/// and without a leading `The`, and without a possessive). Not shipped.
struct StandInTagger: EntityTagging {
    var labels: [String: SpanLabel]
    /// Tag only the first occurrence of each name, as a forgetful tagger would.
    var firstOnly = false

    func tag(_ tokens: [Token]) -> [TaggedSpan] {
        var spans: [TaggedSpan] = []
        var seen: Set<String> = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].text.first?.isUppercase == true else { index += 1; continue }
            var end = index
            while end < tokens.count, tokens[end].text.first?.isUppercase == true { end += 1 }
            // Longest listed run starting at `index`.
            var matched = false
            for stop in stride(from: end, to: index, by: -1) {
                let words = tokens[index..<stop].map(\.text)
                let candidates = [words, words.first == "The" ? Array(words.dropFirst()) : words]
                    .map { $0.joined(separator: " ") }
                    .flatMap { [$0, $0.replacingOccurrences(of: "’s", with: ""), $0.replacingOccurrences(of: "'s", with: "")] }
                if let label = candidates.lazy.compactMap({ labels[$0] }).first {
                    if !firstOnly || seen.insert(words.joined(separator: " ")).inserted {
                        spans.append(TaggedSpan(label: label, range: index..<stop))
                    }
                    index = stop
                    matched = true
                    break
                }
            }
            if !matched { index += 1 }
        }
        return spans
    }
}
