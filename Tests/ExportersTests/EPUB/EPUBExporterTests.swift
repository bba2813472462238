import Core
@testable import Exporters
import Foundation
import Testing
import TestSupport

@Suite struct EPUBExporterTests {
    /// Stories whose text tries every way to break XHTML.
    static func hostileCorpus() -> Corpus {
        let longParagraph = String(repeating: "Kharkiv residents queued for bread & water <again>. ", count: 4000)
        return Corpus(title: "Hostile <digest> & \"friends\"", documents: [
            Document(id: "script", title: "<script>alert('x')</script> & co", date: "2022-02-28T09:30:00Z", source: "Wire & <Co>",
                     url: "https://example.com/a?b=1&c=<2>", text: "Tags <b>bold</b> & \"quotes\" 'single'.\n\nControl \u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}\u{7F}\u{FFFE}\u{FFFF} end."),
            Document(id: "rtl", title: "مرحبا بالعالم", date: "2022-03-01", source: "الجزيرة",
                     url: "not a url with spaces", text: "هذا نص عربي مع English في الوسط.\n\nשלום עולם 👩🏽‍💻🇺🇦 emoji."),
            Document(id: "long", title: nil, date: "garbage-date", source: nil, text: longParagraph),
            Document(id: "empty", title: "  ", url: "https://example.com/ok?b=1&c=%3C2%3E", text: ""),
        ])
    }

    @Test func everyFileOfAHostileBookIsWellFormedXML() throws {
        let folder = try EPUBTestSupport.unpack(try EPUBTestSupport.save(try EPUBTestSupport.book(Self.hostileCorpus())))
        let files = try EPUBTestSupport.markupFiles(in: folder)
        #expect(files.count >= 10)
        for file in files { #expect(EPUBTestSupport.xmlProblem(file) == nil) }
        let all = try files.map { String(decoding: try Data(contentsOf: $0), as: UTF8.self) }.joined()
        #expect(all.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
        #expect(all.contains("Tags &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot;"))
        // U+000B and U+000C are white space: in a paragraph they separate words like any other.
        #expect(all.contains("Control \u{FFFD}\u{FFFD}\u{FFFD} \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} end."))
        #expect(all.contains("<p class=\"first\" dir=\"auto\">هذا نص عربي"))
        #expect(all.contains("שלום עולם 👩🏽‍💻🇺🇦 emoji."))
        #expect(all.contains("<span class=\"url\">https://example.com/a?b=1&amp;c=&lt;2&gt;</span>"))
        #expect(all.contains("<a href=\"https://example.com/ok?b=1&amp;c=%3C2%3E\">"))
        #expect(all.contains("<span class=\"url\">not a url with spaces</span>"))
        #expect(all.contains("Untitled (long)"))
        #expect(all.contains(String(repeating: "Kharkiv residents queued for bread &amp; water &lt;again&gt;. ", count: 4000).dropLast()))
    }

    @Test func wireCopyOfSamples000And001IsGroupedAndOthersAreNot() throws {
        let corpus = try Fixtures.sampleCorpus()
        var finder = DuplicateFinder()
        try corpus.documents.forEach { try finder.add($0.text) }
        let headers = corpus.documents.headers
        let representatives = try finder.representatives(wordCounts: headers.map(\.wordCount))
        let ids = headers.map(\.id)
        let first = try #require(ids.firstIndex { $0.hasPrefix("000_") })
        let second = try #require(ids.firstIndex { $0.hasPrefix("001_") })
        #expect(representatives[first] == representatives[second])
        for index in ids.indices where index != first && index != second { #expect(representatives[index] == index) }
        let shown = representatives[first], hidden = shown == first ? second : first
        let folder = try EPUBTestSupport.unpack(try EPUBTestSupport.save(try EPUBTestSupport.book(corpus)))
        let opf = try EPUBTestSupport.file("EPUB/content.opf", in: folder)
        #expect(opf.components(separatedBy: "<itemref idref=\"article-").count - 1 == headers.count - 1)
        let plan = BookPlan(headers: headers, representatives: representatives)
        let article = try #require(plan.articles.first { $0.document == shown })
        #expect(article.alsoReported == [hidden])
        let page = try EPUBTestSupport.file("EPUB/" + article.fileName, in: folder)
        #expect(page.contains("<h2>Also reported by</h2>"))
    }

    @Test func oneOutletsFollowUpIsNotGroupedButTheSameTextFromAnotherOutletIs() throws {
        // Two stories sharing about a third of their text: a follow-up reusing background.
        let background = (1...40).map { "Background sentence number \($0) about the long running dispute." }.joined(separator: " ")
        let fresh = (1...80).map { "New development \($0) reported on the second day of talks." }.joined(separator: " ")
        var finder = DuplicateFinder()
        try finder.add(background + " " + (1...40).map { "First day detail \($0) from the opening session." }.joined(separator: " "))
        try finder.add(background + " " + fresh)
        let words = [200, 300]
        let sameOutlet = try finder.representatives(wordCounts: words, sources: ["BBC News", "BBC News"])
        #expect(sameOutlet == [0, 1])
        let twoOutlets = try finder.representatives(wordCounts: words, sources: ["BBC News", "Reuters"])
        #expect(twoOutlets == [1, 1])
        let unknown = try finder.representatives(wordCounts: words, sources: [nil, nil])
        #expect(unknown == [1, 1])
    }

    @Test func sameInputGivesTheSameBytesAndContentChangesTheIdentifier() throws {
        let corpus = try Fixtures.sampleCorpus()
        let first = try EPUBTestSupport.book(corpus), second = try EPUBTestSupport.book(corpus)
        #expect(first == second)
        var changed = try corpus.materialized()
        var documents = try changed.documents.loadAll()
        documents[0].text += " One more sentence."
        changed.documents = DocumentStore(documents)
        let opf = { (data: Data) throws -> String in
            try EPUBTestSupport.file("EPUB/content.opf", in: try EPUBTestSupport.unpack(try EPUBTestSupport.save(data)))
        }
        let identifier = { (text: String) -> String? in
            text.range(of: "urn:uuid:[0-9a-f-]{36}", options: .regularExpression).map { String(text[$0]) }
        }
        let original = try #require(identifier(try opf(first)))
        #expect(original != identifier(try opf(try EPUBTestSupport.book(changed))))
        let modified = try opf(first)
        #expect(modified.contains("<meta property=\"dcterms:modified\">2022-02-28T00:00:00Z</meta>"))
    }

    /// Pages are made on several threads in batches (`PageBatches`); the book must not depend
    /// on how many, and every article must land in reading order across batch boundaries.
    @Test func theBookIsTheSameOnOneThreadOrMany() throws {
        let documents = (0..<150).map { number in
            Document(id: "a\(number)", title: "Story \(number) about town \(number % 7)", date: "2022-02-\(10 + number % 3)",
                     source: number % 2 == 0 ? "Wire" : nil,
                     text: (0..<(1 + number % 5)).map { "Paragraph \($0) of story \(number) has words \(number * 31 + $0)." }.joined(separator: "\n\n"))
        }
        let corpus = Corpus(documents: DocumentStore(documents))
        let one = try EPUBTestSupport.book(corpus, jobs: 1)
        #expect(try EPUBTestSupport.book(corpus, jobs: 3) == one)
        #expect(try EPUBTestSupport.book(corpus) == one)
        let folder = try EPUBTestSupport.unpack(try EPUBTestSupport.save(one))
        for number in [1, 64, 65, 150] {
            let page = try EPUBTestSupport.file("EPUB/article-\(BookPlan.padded(number)).xhtml", in: folder)
            #expect(page.contains("No. \(number)"))
        }
    }

    /// `newskit export` hands the EPUB its documents while the entities are still being merged
    /// (`PendingCorpus`); the book waits for them and must be the same bytes.
    @Test func aBookStartedBeforeTheEntitiesAreMergedIsTheSame() throws {
        let corpus = try EPUBTestSupport.corpusWithEntities()
        #expect(!corpus.entities.isEmpty)
        let whole = try EPUBTestSupport.book(corpus)
        let pending = PendingCorpus(title: corpus.title, documents: corpus.documents) {
            Thread.sleep(forTimeInterval: 0.2)
            return (corpus.entities, corpus.mentions)
        }
        let sink = MemorySink()
        try EPUBExporter().export(pending, to: .sink(sink), context: ExportContext(sourceDate: Date(timeIntervalSince1970: 1_646_006_400), toolVersion: "test"))
        #expect(sink.data == whole)
    }

    @Test func indexLinksEachEntityToTheArticlesThatNameIt() throws {
        let corpus = try EPUBTestSupport.corpusWithEntities()
        let folder = try EPUBTestSupport.unpack(try EPUBTestSupport.save(try EPUBTestSupport.book(corpus)))
        let people = try EPUBTestSupport.file("EPUB/index-people.xhtml", in: folder)
        #expect(people.contains("Vladimir Putin"))
        #expect(!people.contains("Nobody Mentioned"))
        let organisations = try EPUBTestSupport.file("EPUB/index-organisations.xhtml", in: folder)
        #expect(organisations.contains("NATO"))
        let places = try EPUBTestSupport.file("EPUB/places.xhtml", in: folder)
        let kharkiv = try #require(places.range(of: "Kharkiv")), kyiv = try #require(places.range(of: "Kyiv"))
        #expect(kharkiv.lowerBound < kyiv.lowerBound)
        #expect(places.contains("49.98°\u{A0}N, 36.25°\u{A0}E"))
        #expect(places.contains("<img src=\"map.svg\""))
        #expect(places.contains("<h2>Countries, states and regions</h2>"))
        #expect(places.contains("<td dir=\"auto\">Ukraine</td><td>country</td><td>UA</td><td>49.00°\u{A0}N, 31.40°\u{A0}E</td>"))
        #expect(EPUBTestSupport.xmlProblem(folder.appendingPathComponent("EPUB/places.xhtml")) == nil)
        let map = folder.appendingPathComponent("EPUB/map.svg")
        #expect(EPUBTestSupport.xmlProblem(map) == nil)
        #expect(try EPUBTestSupport.file("EPUB/map.svg", in: folder).contains("Kharkiv"))
        #expect(try EPUBTestSupport.file("EPUB/content.opf", in: folder).contains("href=\"map.svg\" media-type=\"image/svg+xml\""))
        // Every index link points at an article file that exists and mentions the entity.
        let linkPattern = try NSRegularExpression(pattern: "href=\"(article-[0-9]{4}\\.xhtml)\"")
        let links = linkPattern.matches(in: people, range: NSRange(people.startIndex..., in: people)).compactMap {
            Range($0.range(at: 1), in: people).map { String(people[$0]) }
        }
        #expect(!links.isEmpty)
        for link in links {
            let article = try EPUBTestSupport.file("EPUB/" + link, in: folder)
            #expect(article.contains("Putin"), "\(link) is linked from Vladimir Putin's entry")
        }
    }

    @Test func optionsSetTitleAndLanguageAndBadValuesNameTheOption() throws {
        let corpus = try Fixtures.sampleCorpus()
        let folder = try EPUBTestSupport.unpack(try EPUBTestSupport.save(
            try EPUBTestSupport.book(corpus, options: ["title": "Kharkiv, 28 February", "language": "en-GB"])))
        let opf = try EPUBTestSupport.file("EPUB/content.opf", in: folder)
        #expect(opf.contains("<dc:title>Kharkiv, 28 February</dc:title>"))
        #expect(opf.contains("<dc:language>en-GB</dc:language>"))
        #expect(throws: ExportError.badOption(exporter: "epub", key: "language", value: "en_GB\"",
                                              expected: "a BCP 47 language tag such as en, fr or pt-BR")) {
            try EPUBTestSupport.book(corpus, options: ["language": "en_GB\""])
        }
    }

    @Test func emptyCorpusMakesAValidSmallBook() throws {
        let folder = try EPUBTestSupport.unpack(try EPUBTestSupport.save(try EPUBTestSupport.book(.empty)))
        for file in try EPUBTestSupport.markupFiles(in: folder) { #expect(EPUBTestSupport.xmlProblem(file) == nil) }
        #expect(try EPUBTestSupport.file("EPUB/cover.xhtml", in: folder).contains("0 articles"))
    }

    /// The one test that runs epubcheck (a few seconds): samples with hand-made entities plus
    /// the hostile stories must give 0 errors and 0 warnings.
    @Test func epubcheckReportsNoMessages() throws {
        var corpus = try EPUBTestSupport.corpusWithEntities()
        let documents = try corpus.documents.loadAll() + Self.hostileCorpus().documents.loadAll()
        corpus.documents = DocumentStore(documents)
        let url = try EPUBTestSupport.save(try EPUBTestSupport.book(corpus))
        let epubcheck = try #require(["/usr/bin/epubcheck", "/usr/share/java/epubcheck.jar"].first { FileManager.default.fileExists(atPath: $0) },
                                     "epubcheck is not installed: apt-get install -y epubcheck")
        let result = try EPUBTestSupport.run("/usr/bin/java", ["-jar", epubcheck, url.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Messages: 0 fatals / 0 errors / 0 warnings"), "\(result.output)")
    }
}
