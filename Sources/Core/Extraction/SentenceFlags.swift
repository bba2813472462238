/// Per-sentence facts the tagger's features use, given to every token of the sentence.
enum SentenceFlags {
    /// All-caps sentences (headlines such as `CRICKET - LEICESTER TAKE OVER AT TOP`): at least
    /// two words with letters, none with a lowercase letter.
    static func headline(_ words: [String], _ sentences: [Int]) -> [Bool] {
        perSentence(words, sentences) { sentence in
            sentence.filter { hasCharacter($0, ascii: { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }, \.fastIsLetter) }.count >= 2
                && !sentence.contains { hasCharacter($0, ascii: { $0 >= 97 && $0 <= 122 }, \.fastIsLowercase) }
        }
    }

    /// Table-like lines (sports results, lists of figures): some token with a digit and no word
    /// starting with a lowercase letter. Place names there are often teams (organisations).
    static func table(_ words: [String], _ sentences: [Int]) -> [Bool] {
        perSentence(words, sentences) { sentence in
            sentence.contains { hasCharacter($0, ascii: { $0 >= 48 && $0 <= 57 }, \.fastIsNumber) }
                && !sentence.contains { $0.first?.fastIsLowercase == true }
        }
    }

    /// Whether `word` has a character passing `test`; an ASCII word answers from its bytes
    /// with `ascii` (the same test on the byte), without walking its `Character`s.
    @inline(__always)
    static func hasCharacter(_ word: String, ascii: (UInt8) -> Bool, _ test: (Character) -> Bool) -> Bool {
        guard word.utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) else { return word.contains(where: test) }
        return word.utf8.contains(where: ascii)
    }

    /// Gives each token the answer `decide` gives for its sentence's words.
    static func perSentence(_ words: [String], _ sentences: [Int], _ decide: (ArraySlice<String>) -> Bool) -> [Bool] {
        var flags = [Bool](repeating: false, count: words.count)
        var start = 0
        while start < words.count {
            var end = start
            while end < words.count && sentences[end] == sentences[start] { end += 1 }
            let answer = decide(words[start..<end])
            for i in start..<end { flags[i] = answer }
            start = end
        }
        return flags
    }
}
