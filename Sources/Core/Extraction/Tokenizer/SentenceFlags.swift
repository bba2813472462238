/// Per-sentence facts the tagger's features use, given to every token of the sentence.
enum SentenceFlags {
    /// All-caps sentences (headlines such as `CRICKET - LEICESTER TAKE OVER AT TOP`): at least
    /// two words with letters, none with a lowercase letter.
    static func headline(_ words: [WordTraits], _ sentences: [Int]) -> [Bool] {
        perSentence(words, sentences) { sentence in
            sentence.filter(\.hasLetter).count >= 2 && !sentence.contains(where: \.hasLowercase)
        }
    }

    /// Table-like lines (sports results, lists of figures): some token with a digit and no word
    /// starting with a lowercase letter. Place names there are often teams (organisations).
    static func table(_ words: [WordTraits], _ sentences: [Int]) -> [Bool] {
        perSentence(words, sentences) { sentence in
            sentence.contains(where: \.hasNumber) && !sentence.contains(where: \.firstIsLowercase)
        }
    }

    /// Gives each token the answer `decide` gives for its sentence's words.
    static func perSentence(_ words: [WordTraits], _ sentences: [Int], _ decide: (ArraySlice<WordTraits>) -> Bool) -> [Bool] {
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
