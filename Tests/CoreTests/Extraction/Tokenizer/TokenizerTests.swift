import Core
import Testing

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    func words(_ text: String) -> [String] { tokenizer.tokenize(text).map(\.text) }

    @Test func possessiveCliticIsItsOwnTokenWithCurlyAndStraightApostrophes() {
        #expect(words("Ukraine’s army") == ["Ukraine", "’s", "army"])
        #expect(words("Moscow's forces") == ["Moscow", "'s", "forces"])
        #expect(words("Ukrainians’ homes") == ["Ukrainians", "’", "homes"])
        #expect(words("don't") == ["do", "n't"])
        #expect(words("O'Brien said") == ["O'Brien", "said"])
    }

    @Test func offsetsCountUnicodeScalars() {
        let text = "“Kyiv’s” café 👍🏽 Київ"
        let tokens = tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        for token in tokens {
            let slice = String(String.UnicodeScalarView(scalars[token.start..<token.end]))
            #expect(slice == token.text)
        }
        #expect(tokens.map(\.text) == ["“", "Kyiv", "’s", "”", "café", "👍🏽", "Київ"])
    }

    @Test func hyphensJoinLowercaseCompoundsAndSplitCapitalisedOnes() {
        #expect(words("second-largest city") == ["second-largest", "city"])
        #expect(words("US-led") == ["US", "-", "led"])
        #expect(words("Ukraine-Russia talks") == ["Ukraine", "-", "Russia", "talks"])
        #expect(words("pro-Russian") == ["pro", "-", "Russian"])
        #expect(words("F-16 and Covid-19") == ["F-16", "and", "Covid-19"])
        #expect(words("a T-shirt") == ["a", "T-shirt"])
    }

    @Test func abbreviationsAndInitialsKeepTheirStopAndDoNotEndSentences() {
        let tokens = tokenizer.tokenize("Mr. Smith met U.S. and U.N. staff with George W. Bush. Then he left.")
        #expect(tokens.map(\.text).prefix(10) == ["Mr.", "Smith", "met", "U.S.", "and", "U.N.", "staff", "with", "George", "W."])
        #expect(tokens.first { $0.text == "Then" }?.sentence == 1)
        #expect(tokens.first { $0.text == "Bush" }?.sentence == 0)
    }

    @Test func numbersDatesAndURLsStayWhole() {
        #expect(words("1,000 people at 12:30 on 2022-02-28 paid $3.5m.") ==
            ["1,000", "people", "at", "12:30", "on", "2022-02-28", "paid", "$", "3.5m", "."])
        #expect(words("See https://example.com/a?b=1, or www.bbc.co.uk.") ==
            ["See", "https://example.com/a?b=1", ",", "or", "www.bbc.co.uk", "."])
    }

    @Test func sentencesEndAtTerminatorsAndLineBreaks() {
        let tokens = tokenizer.tokenize("Headline without stop\nFirst one. \"Quoted!\" he said. Really?\n\nNew paragraph")
        let sentences = Dictionary(grouping: tokens, by: \.sentence).sorted { $0.key < $1.key }
            .map { $0.value.map(\.text).joined(separator: " ") }
        #expect(sentences == [
            "Headline without stop",
            "First one .",
            "\" Quoted ! \" he said .",
            "Really ?",
            "New paragraph",
        ])
    }

    @Test func lowercaseAfterEllipsisContinuesTheSentence() {
        let tokens = tokenizer.tokenize("He waited... and waited.")
        #expect(Set(tokens.map(\.sentence)) == [0])
        #expect(tokens.map(\.text) == ["He", "waited", "...", "and", "waited", "."])
    }

    @Test func missingSpaceAfterFullStopSplitsBeforeACapital() {
        #expect(words("on Sunday.The talks") == ["on", "Sunday", ".", "The", "talks"])
        #expect(words("U.S.A. and e.g. this") == ["U.S.A.", "and", "e.g.", "this"])
    }

    @Test func emptyAndWhitespaceTextGiveNoTokens() {
        #expect(tokenizer.tokenize("").isEmpty)
        #expect(tokenizer.tokenize(" \n\n\t ").isEmpty)
    }

    /// ASCII texts take a fast path (no grapheme breaking); a trailing non-ASCII word sends the
    /// same text down the general path, which must give the same tokens before it.
    @Test(arguments: [
        "Mr. Smith of the U.S. met Jean-Claude at 12:30 on 2022-02-28, said www.bbc.co.uk/news.",
        "HTTP://EXAMPLE.COM/a?b=1 and https://x.org. He was with @who #tag; it's Ukraine's, Ukrainians' don't.",
        "Sales rose 3.5% to $1,000bn... Really?! Yes -- \"quoted\" (and [bracketed]) text.\n\nNew paragraph\nline",
        "htt http:/ www wwww.x.y he has had what when who W.H.O. e.g. etc. a-b A-b a-B 1-2",
        "tab\tseparated\u{0B}vertical\u{0C}feed\rcarriage return\r",
    ])
    func asciiFastPathAgreesWithTheGeneralPath(_ text: String) {
        let fast = tokenizer.tokenize(text)
        let general = tokenizer.tokenize(text + " é")
        #expect(general.last?.text == "é")
        #expect(Array(general.dropLast()) == fast)
    }
}
