import Core
import Testing

@Suite struct PlainTextArticleTests {
    let filter = BoilerplateFilter(patterns: ["Play video", "Listen to the podcast*"])

    @Test func shortUnpunctuatedFirstLineIsTheHeadline() {
        let article = PlainTextArticle(parsing: "Storm hits the coast\n\nWinds reached 120 km/h.\n", boilerplate: filter)
        #expect(article.title == "Storm hits the coast")
        #expect(article.text == "Winds reached 120 km/h.")
    }

    @Test func titleFallsBackToTheFirstSentenceAndTextKeepsIt() {
        let article = PlainTextArticle(parsing: "The U.S. said no. Then it said yes.\nMore text.", boilerplate: filter)
        #expect(article.title == "The U.S. said no.")
        #expect(article.text.hasPrefix("The U.S. said no. Then it said yes."))
    }

    @Test func dateHeaderBecomesTheDateAndLeavesTheText() {
        let article = PlainTextArticle(parsing: " date 2022-02-28 Several deaths were reported.\n\nMore.", boilerplate: filter)
        #expect(article.date == "2022-02-28")
        #expect(article.text.hasPrefix("Several deaths were reported."))
    }

    @Test func invalidDateHeaderStaysText() {
        let article = PlainTextArticle(parsing: "date 2022-13-45 Something happened.", boilerplate: filter)
        #expect(article.date == nil)
        #expect(article.text.hasPrefix("date 2022-13-45"))
    }

    @Test func boilerplateLinesAreDroppedExactlyOrByPrefix() {
        let text = "Headline here\n\nPlay video\n\nFirst paragraph.\n\nListen to the podcast now, free.\n\nLast paragraph."
        let article = PlainTextArticle(parsing: text, boilerplate: filter)
        #expect(article.text == "First paragraph.\n\nLast paragraph.")
    }

    @Test func crlfTabsAndStraySpacesAreNormalised() {
        let article = PlainTextArticle(parsing: "\u{FEFF}Title\r\n\r\n  One \t  two   three.  \r\n", boilerplate: filter)
        #expect(article.title == "Title")
        #expect(article.text == "One two three.")
    }

    @Test func withoutBlankLinesEachLineIsAParagraph() {
        let article = PlainTextArticle(parsing: "First line is a sentence.\nSecond one.\nThird.\n", boilerplate: filter)
        #expect(article.text == "First line is a sentence.\n\nSecond one.\n\nThird.")
    }

    @Test func withBlankLinesWrappedLinesJoinIntoOneParagraph() {
        let article = PlainTextArticle(parsing: "A wrapped\nparagraph here.\n\nAnother one.", boilerplate: filter)
        #expect(article.text == "A wrapped paragraph here.\n\nAnother one.")
    }
}
