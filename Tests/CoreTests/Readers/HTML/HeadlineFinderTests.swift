@testable import Core
import Foundation
import Testing

/// The title is the headline, not `<title>` with the site's name (pages written here).
@Suite struct HeadlineFinderTests {
    static let body = "<p>The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive, officials said.</p>"

    func title(_ html: String) throws -> String? {
        try HTMLPage(data: Data(html.utf8), id: "page", location: "page.html", origin: Origin(path: "page.html", sha256: ""),
                     context: ReadContext()).document.title
    }

    @Test func openGraphTitleLosesTheSiteNameThePageDoesNotShowWithTheHeadline() throws {
        let html = "<html><head><meta property=og:title content=\"'Harbour wall' to be rebuilt | Town Times\"></head><body><h1>'Harbour wall' to be rebuilt</h1>\(Self.body)</body></html>"
        #expect(try title(html) == "'Harbour wall' to be rebuilt")
    }

    @Test func statedHeadlineShownWholeIsKeptWhole() throws {
        let html = "<html><head><meta property=og:title content=\"Vote: harbour wall - the plan\"></head><body><h1>Vote: harbour wall - the plan</h1>\(Self.body)</body></html>"
        #expect(try title(html) == "Vote: harbour wall - the plan")
    }

    @Test func titleElementGivesThePartThePageShows() throws {
        let html = "<html><head><title>Town Times - News - Council votes to rebuild the harbour wall</title></head><body><h1>News</h1><span class=hl>Council votes to rebuild the harbour wall</span>\(Self.body)</body></html>"
        #expect(try title(html) == "Council votes to rebuild the harbour wall")
    }

    @Test func headingAboveTheArticleWinsOverASectionH1WhenTitleHasNoHeadline() throws {
        let html = "<html><head><title>Town Times Online</title></head><body><h1>Latest News</h1><div class=main><h2 class=storyheadline>Council votes to rebuild the wall</h2>\(Self.body)\(Self.body.replacingOccurrences(of: "Tuesday", with: "Monday"))</div></body></html>"
        #expect(try title(html) == "Council votes to rebuild the wall")
    }

    @Test func headlineClassWinsOverANearerSectionLabelAndLinksAreNoHeadings() throws {
        let html = "<html><head><title>Town Times Online</title></head><body><div class=story><span class=headline>Council votes to rebuild the wall</span>"
            + "<h3>Local News Today</h3><h3><a href=/more>View more stories</a></h3>\(Self.body)\(Self.body)</div></body></html>"
        #expect(try title(html) == "Council votes to rebuild the wall")
    }

    @Test func unclosedTitleThatSwallowedThePageIsIgnored() throws {
        let swallowed = String(repeating: "script text that never ends ", count: 40)
        let html = "<html><head><title>Harbour \(swallowed)</head><body><h1>Wall rebuilt</h1>\(Self.body)</body></html>"
        #expect(try title(html) == "Wall rebuilt")
    }

    @Test func titleNeverClosedIsCutAtItsFirstLineAndThePageKeepsItsBody() throws {
        let swallowed = String(repeating: "document.write(slot); ", count: 40)
        let html = "<html><head><title>Harbour wall to be rebuilt\n\(swallowed)\n</head><body><div>\(Self.body)\(Self.body)</div></body></html>"
        let document = try HTMLPage(data: Data(html.utf8), id: "page", location: "page.html", origin: Origin(path: "page.html", sha256: ""),
                                    context: ReadContext()).document
        #expect(document.title == "Harbour wall to be rebuilt")
        #expect(document.text.contains("rebuild the harbour wall before the winter storms"))
    }

    @Test func closedTitleIsNotTouched() throws {
        let html = "<html><head><title>Harbour wall to be rebuilt</title></head><body>\(Self.body)</body></html>"
        #expect(RunawayTitle.repaired(html, root: try HTMLTree.parse(html)) == nil)
    }

    @Test func classSayingHeadMarksTheHeadlineAboveTheText() throws {
        let html = "<html><head><title>Town Times Online</title></head><body><table><tr><td><h3>Local News Today</h3></td></tr>"
            + "<tr><td class=contentheading>Council votes to rebuild the wall</td></tr><tr><td>\(Self.body)\(Self.body)</td></tr></table></body></html>"
        #expect(try title(html) == "Council votes to rebuild the wall")
    }

    @Test func headlineInsideTheCellThatHoldsTheTextAsItsOwnIsAboveTheText() throws {
        let sentence = "The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive, officials said."
        let html = "<html><head><title>Town Times Online</title></head><body><table><tr><td><h3>Local News Today</h3></td></tr>"
            + "<tr><td><b class=headline>Council votes to rebuild the wall</b><br>\(sentence)<br><br>\(sentence) Work starts in May.</td></tr></table></body></html>"
        #expect(try title(html) == "Council votes to rebuild the wall")
    }

    @Test func aDateInsideTheHeadlineIsNotPartOfIt() throws {
        let html = "<html><head><title>Council votes to rebuild the wall - Town News - Town Times</title></head><body>"
            + "<h1><span class=timeStamp>Wednesday, 09 January 2008</span> Council votes to rebuild the wall</h1>\(Self.body)\(Self.body)</body></html>"
        #expect(try title(html) == "Council votes to rebuild the wall")
        let timed = "<html><body><h1>Council votes to rebuild the wall <time datetime=2008-01-09>9 Jan 2008</time></h1>\(Self.body)\(Self.body)</body></html>"
        #expect(try title(timed) == "Council votes to rebuild the wall")
    }

    @Test func shortHeadlineSectionOfALongTitleIsTakenWhenThePageShowsIt() throws {
        let html = "<html><head><title>Town Times Online - Harbour News, Weather, Traffic and Sports | Council votes to rebuild wall</title></head>"
            + "<body><table><tr><td><font size=4><b>Council votes to rebuild wall</b></font></td></tr><tr><td>\(Self.body)\(Self.body)</td></tr></table></body></html>"
        #expect(try title(html) == "Council votes to rebuild wall")
    }

    @Test func headlineSliceKeepsItsQuotesAndDropsUnderscoreSections() {
        #expect(HeadlineFinder.originalText(of: "'Neutral' judge speaks?' - Site", words: 0..<3) == "'Neutral' judge speaks?'")
        #expect(HeadlineFinder.originalText(of: "Typhoon hits coast_English_News", words: 0..<3) == "Typhoon hits coast")
    }

    /// Samples for the fast word splitters: ASCII, curly quotes, accents composed and not,
    /// Greek, Cyrillic, CJK, digits with separators, emoji.
    static let samples = [
        "Council votes to rebuild wall", "\u{2018}Neutral\u{2019} judge speaks \u{2014} again", "Caf\u{e9} reopens", "Cafe\u{301} reopens",
        "\u{39F}\u{394}\u{39F}\u{3A3} \u{3BA}\u{3BB}\u{3B5}\u{3AF}\u{3BD}\u{3B5}\u{3B9}", "\u{41C}\u{43E}\u{441}\u{43A}\u{432}\u{430}, 2024",
        "\u{6771}\u{4EAC}\u{306E}\u{5929}\u{6C17}", "3,500 jobs \u{1F44D}\u{1F3FD} cut", "\u{130}stanbul\u{a0}talks", "", "  \u{2026}  ",
    ]

    @Test func scalarWordSplittingMatchesCharacterSplitting() {
        for sample in Self.samples {
            let byCharacter = sample.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            #expect(HeadlineFinder.words(sample) == byCharacter, "\(sample)")
            #expect(HeadlineFinder.unicodeWords(sample) == byCharacter, "\(sample)")
        }
    }

    @Test func wordKeyIsTheWordsJoined() {
        for sample in Self.samples + ["Rail STRIKE: 40 trains cancelled", "a-b_c.d"] {
            let words = HeadlineFinder.words(sample)
            #expect(HeadlineFinder.wordKey(sample) == (words.joined(separator: " "), words.count), "\(sample)")
        }
    }
}
