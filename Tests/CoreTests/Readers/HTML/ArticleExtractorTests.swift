@testable import Core
import Foundation
import Testing

/// Each rule of the article extractor on a page written here (no real pages in tests).
@Suite struct ArticleExtractorTests {
    static let sentence = "The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive, officials said."

    /// `count` distinct sentences of prose.
    static func prose(_ count: Int, tag: String = "p") -> String {
        (1...count).map { "<\(tag)>Paragraph \($0): \(sentence)</\(tag)>" }.joined()
    }

    func document(_ html: String, diagnostics: DiagnosticCollector = DiagnosticCollector()) throws -> Document {
        try HTMLPage(data: Data(html.utf8), id: "page", location: "page.html", origin: Origin(path: "page.html", sha256: ""),
                     context: ReadContext(diagnostics: diagnostics)).document
    }

    @Test func aBodySoundingClassOnAShortLineDoesNotOutscoreTheArticle() throws {
        // Old table layouts: a one-line cell styled `txt_content_small`, and the article in a
        // plain cell as one block of text broken by <br>s.
        let article = (1...5).map { "Paragraph \($0): \(Self.sentence)" }.joined(separator: "<br>")
        let html = "<html><body><table><tr><td class=txt_content_small><div>The town's online edition - Sunday, January 20, 2008</div></td></tr>"
            + "<tr><td><div class=scrolltext><div><b>Council rebuilds the harbour wall this winter</b></div></div></td></tr>"
            + "<tr><td><table><tr><td><div>\(article)</div></td></tr></table></td></tr></table></body></html>"
        let text = try document(html).text
        #expect(text.contains("Paragraph 1:") && text.contains("Paragraph 5:"))
        #expect(!text.contains("online edition"))
    }

    @Test func advertisingLabelsBetweenParagraphsGo() throws {
        let html = "<html><body><article>\(Self.prose(2))<div>ADVERTISING</div><p>Story continues below advertisement</p>\(Self.prose(1).replacingOccurrences(of: "Paragraph 1", with: "Paragraph 3"))</article></body></html>"
        let text = try document(html).text
        #expect(text.contains("Paragraph 2:") && text.contains("Paragraph 3:"))
        #expect(!text.lowercased().contains("advertis"))
    }

    @Test func formAroundTheWholePageKeepsTheArticle() throws {
        let text = try document("<html><body><form id=aspnetForm><div class=story>\(Self.prose(4))</div><input name=q></form></body></html>").text
        #expect(text.contains("Paragraph 1:") && text.contains("Paragraph 4:"))
    }

    @Test func smallFormsAndHeadersAreStillRemoved() throws {
        let text = try document("<html><body><header><p>Sign in to read the latest edition of the paper today</p></header><article>\(Self.prose(3))</article><form><p>Search the archive of all the stories</p></form></body></html>").text
        #expect(!text.contains("Sign in") && !text.contains("Search the archive"))
        #expect(text.contains("Paragraph 3:"))
    }

    @Test func boilerplateSoundingClassAroundMostOfThePageStays() throws {
        let html = "<html><body><div class=header_top><div class=sidebar-layout>\(Self.prose(5))</div></div>"
            + "<div class=sidebar><p>Popular: five stories you missed this week in town</p></div></body></html>"
        let text = try document(html).text
        #expect(text.contains("Paragraph 1:") && text.contains("Paragraph 5:"))
        #expect(!text.contains("Popular"))
    }

    @Test func commentThreadsGoEvenWhenTheyOutweighTheArticle() throws {
        let html = "<html><body><article>\(Self.prose(2))</article><div id=comments>\(Self.prose(8).replacingOccurrences(of: "Paragraph", with: "Reader comment"))</div></body></html>"
        let text = try document(html).text
        #expect(text.contains("Paragraph 2:"))
        #expect(!text.contains("Reader comment"))
    }

    @Test func articleBodyAmongOtherItemPropertiesIsTheContainer() throws {
        let html = "<html><body><div class=teasers>\(Self.prose(6).replacingOccurrences(of: "Paragraph", with: "Teaser"))</div><div itemprop=\"description articleBody\">\(Self.prose(2))</div></body></html>"
        let text = try document(html).text
        #expect(text.hasPrefix("Paragraph 1:"))
        #expect(!text.contains("Teaser"))
    }

    @Test func pageEmptiedByClassHintsIsReadAgainWithoutThem() throws {
        // Every third of the article sits in a column whose class sounds like a widget.
        let columns = (0..<3).map { "<div class=widget-col>\(Self.prose(1).replacingOccurrences(of: "Paragraph 1", with: "Part \($0)"))</div>" }.joined()
        let text = try document("<html><body>\(columns)</body></html>").text
        #expect(text.contains("Part 0:") && text.contains("Part 2:"))
    }

    @Test func inlineLinkWithABoilerplateClassInsideASentenceStays() throws {
        let html = "<html><body><article><p>The mayor described the <a class=popup href=/x>complete plan</a>, of which nothing was known before, to the council on Monday evening.</p>\(Self.prose(2))</article></body></html>"
        #expect(try document(html).text.contains("described the complete plan, of which"))
    }

    @Test func inlineElementsJoinWithoutAddedSpaces() throws {
        let html = "<html><body><article><p>The <a href=/s>Senate</a>’s leader, <a href=/l>Ahmad Lawan</a>, on <em>Tuesday</em> said the bill was ready for a vote.</p>\(Self.prose(2))</article></body></html>"
        #expect(try document(html).text.hasPrefix("The Senate’s leader, Ahmad Lawan, on Tuesday said"))
    }

    @Test func siblingSectionsOfTheBestCandidateJoinIt() throws {
        let sections = (1...3).map { "<div class=step>\(Self.prose(2).replacingOccurrences(of: "Paragraph", with: "Step \($0) paragraph"))</div>" }.joined()
        // The steps stand directly in <body>: the best candidate is one step, and its siblings join it.
        let text = try document("<html><body>\(sections)<div class=links><a href=/a>Home</a></div></body></html>").text
        #expect(text.contains("Step 1 paragraph 1:") && text.contains("Step 3 paragraph 2:"))
    }

    @Test func pageOpeningWithStyleBeforeHTMLKeepsItsBody() throws {
        let html = "<style>body { color: black }</style>\n</head><body><table><tr><td>\(Self.prose(3))</td></tr></table></body></html>"
        let document = try document(html)
        #expect(document.text.contains("Paragraph 3:"))
        #expect(!document.text.contains("color"))
    }

    @Test func subheadingsListsAndQuotesStayInTheBody() throws {
        let html = "<html><body><article>\(Self.prose(2))<h2>What happens next</h2><ul><li>The wall closes in May for the first stage.</li></ul><blockquote>We cannot wait another winter, the mayor said.</blockquote>\(Self.prose(1))</article></body></html>"
        let text = try document(html).text
        for part in ["What happens next", "The wall closes in May", "We cannot wait another winter"] {
            #expect(text.contains(part), "\(part) is missing")
        }
    }

    @Test func cookieBannerAloneIsNeverTheArticle() throws {
        let html = "<html><body><div class=cookie-notice><p>This website uses cookies to improve your experience. Accept Read More</p></div><div class=entry>\(Self.prose(3))</div></body></html>"
        let text = try document(html).text
        #expect(!text.contains("cookies"))
        #expect(text.contains("Paragraph 1:"))
    }

    @Test func bylineAndDatelineAboveTheTextGoButABodySentenceStartingWithByStays() throws {
        let html = "<html><body><div class=story><p>By JANE ROE, Staff Writer</p><p>Wednesday, January 09, 2008</p>\(Self.prose(2))"
            + "<p>By the end of the day the council had agreed to pay for the work from its reserves and to start in May.</p></div></body></html>"
        let text = try document(html).text
        #expect(text.hasPrefix("Paragraph 1:"))
        #expect(text.contains("By the end of the day"))
    }
}
