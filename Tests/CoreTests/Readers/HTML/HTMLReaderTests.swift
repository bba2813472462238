import Core
import Foundation
import Testing
import TestSupport

@Suite struct HTMLReaderTests {
    func read(_ name: String, diagnostics: DiagnosticCollector = DiagnosticCollector()) throws -> Document {
        let url = Fixtures.htmlPages.appendingPathComponent(name)
        let corpus = try HTMLReader().read(Input(displayPath: name, url: url), context: ReadContext(diagnostics: diagnostics))
        return try corpus.documents.document(at: 0)
    }

    func page(_ html: String, diagnostics: DiagnosticCollector = DiagnosticCollector()) throws -> Document {
        let corpus = try HTMLReader().read(Input(displayPath: "page.html", url: nil, data: Data(html.utf8)), context: ReadContext(diagnostics: diagnostics))
        return try corpus.documents.document(at: 0)
    }

    @Test func metadataComesFromOpenGraphJSONLDAndLinks() throws {
        let document = try read("harbour-fire.html")
        #expect(document.id == "harbour-fire")
        #expect(document.title == "Fire at Port Callow harbour destroys three fishing boats")
        #expect(document.date == "2024-03-05T09:12:00+00:00")
        #expect(document.source == "The Coastal Herald")
        #expect(document.url == "https://www.coastalherald.example/news/2024/03/05/port-callow-harbour-fire")
        #expect(document.metadata["authors"] == .array([.string("Maren Tolley")]))
        #expect(document.metadata["language"] == .string("en-GB"))
    }

    @Test func captionsGoToMetadataNotText() throws {
        let document = try read("harbour-fire.html")
        #expect(document.metadata["captions"] == .array([.string("Firefighters at the east quay of Port Callow on Tuesday night.")]))
        #expect(!document.text.contains("Firefighters at the east quay"))
        #expect(!document.text.contains("Photo: Coastal Herald"))
    }

    @Test func boilerplateAroundTheArticleIsLeftOut() throws {
        let text = try read("harbour-fire.html").text
        for junk in ["cookies", "Accept all", "Share this article", "Facebook", "Related stories", "Lifeboat crew",
                     "harbourwatcher", "thoughts with the crews", "All rights reserved", "Advertisement", "Chief Reporter", "dataLayer"] {
            #expect(!text.contains(junk), "\(junk) leaked into the text")
        }
        #expect(text.hasPrefix("A fire that broke out on the east quay"))
        #expect(text.contains("\n\nCause still unknown\n\n"))
        #expect(text.hasSuffix("by Wednesday afternoon."))
    }

    @Test func jsonLDGraphGivesDateAndPublisher() throws {
        let document = try read("rail-strike.html")
        #expect(document.date == "2024-06-12T07:00:00Z")
        #expect(document.source == "Norland Daily")
        #expect(document.metadata["authors"] == .array([.string("Agnes Paulsen")]))
    }

    @Test func jsonLDArticleBodyStandsInForScriptRenderedPages() throws {
        let document = try read("election-live.html")
        #expect(document.paragraphs.count == 4)
        #expect(document.text.hasPrefix("The mayor of Tarsis, Elena Marquez"))
        #expect(!document.text.contains("Loading"))
    }

    @Test func titleFallsBackToH1ThenToTitleWithoutSiteName() throws {
        let h1 = try page("<html><head><title>Other</title></head><body><h1>Bridge closes</h1><p>The bridge closed on Monday for repairs lasting a month.</p></body></html>")
        #expect(h1.title == "Bridge closes")
        let title = try page("<html><head><title>Bridge closes | Town Times</title><meta property=\"og:site_name\" content=\"Town Times\"></head><body><p>The bridge closed on Monday for repairs lasting a month.</p></body></html>")
        #expect(title.title == "Bridge closes")
        #expect(title.source == "Town Times")
    }

    @Test func timeElementGivesTheDateWhenNothingElseDoes() throws {
        let document = try page("<!doctype html><html><body><article><h1>T</h1><time datetime=\"2021-07-04\">4 July</time><p>Fireworks were cancelled because of the storm that hit the bay.</p></article></body></html>")
        #expect(document.date == "2021-07-04")
    }

    @Test func contentSniffingAcceptsHTMLWithoutExtension() {
        let reader = HTMLReader()
        #expect(reader.accepts(Input(displayPath: "page", url: nil), prefix: Data("  <!DOCTYPE html><html>".utf8)))
        #expect(reader.accepts(Input(displayPath: "page", url: nil), prefix: Data("<!-- saved --><HTML lang=en>".utf8)))
        #expect(reader.accepts(Input(displayPath: "a.htm", url: nil), prefix: Data()))
        #expect(!reader.accepts(Input(displayPath: "notes.txt", url: nil), prefix: Data("The <html> tag starts a page.".utf8)))
    }

    @Test func pageWithoutTextOrTitleIsSkippedWithAWarning() throws {
        let diagnostics = DiagnosticCollector()
        let corpus = try HTMLReader().read(
            Input(displayPath: "index.html", url: nil, data: Data("<html><body><nav><a href=/>Home</a></nav></body></html>".utf8)),
            context: ReadContext(diagnostics: diagnostics))
        #expect(corpus.documents.isEmpty)
        #expect(diagnostics.diagnostics.map(\.description) == ["warning: index.html: no article text or title found in the page, skipped"])
    }

    @Test func bodiesAreReadAgainFromDiskAndMatch() throws {
        let url = Fixtures.htmlPages.appendingPathComponent("museum-reopens.html")
        let corpus = try HTMLReader().read(Input(displayPath: "museum-reopens.html", url: url), context: ReadContext())
        let inMemory = try HTMLReader().read(Input(displayPath: "museum-reopens.html", url: nil, data: Data(contentsOf: url)), context: ReadContext())
        #expect(try corpus.documents.document(at: 0) == inMemory.documents.document(at: 0))
    }
}
