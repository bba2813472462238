import Core
import Foundation
import Testing
import TestSupport

/// Each fixture page against its hand-written reference: the extracted text must find nearly
/// all of the article's words (recall) and bring back little else (precision), counted over
/// lower-cased word tokens as bags (the same measure as bench/html-quality.py).
@Suite struct HTMLExtractionQualityTests {
    static let pages = [
        "harbour-fire.html", "council-budget.html", "rail-strike.html", "flood-warning.htm",
        "election-live.html", "museum-reopens.html", "trade-talks.html", "storm-shutters.xhtml",
    ]

    static func tokens(_ text: String) -> [String: Int] {
        var bag: [String: Int] = [:]
        for token in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) { bag[String(token), default: 0] += 1 }
        return bag
    }

    @Test(arguments: pages) func extractionMatchesTheReference(page: String) throws {
        let url = Fixtures.htmlPages.appendingPathComponent(page)
        let corpus = try CorpusReader().read(paths: [url.path])
        let document = try corpus.documents.document(at: 0)
        let stem = (page as NSString).deletingPathExtension
        let extracted = Self.tokens(document.text), reference = Self.tokens(try Fixtures.htmlReference(stem))
        let overlap = reference.reduce(0) { $0 + min($1.value, extracted[$1.key] ?? 0) }
        let precision = Double(overlap) / Double(max(1, extracted.values.reduce(0, +)))
        let recall = Double(overlap) / Double(max(1, reference.values.reduce(0, +)))
        #expect(recall >= 0.95, "\(page): recall \(recall)")
        #expect(precision >= 0.9, "\(page): precision \(precision)")
    }

    @Test func everyFixtureHasAReference() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.htmlPages.path).sorted()
        #expect(names == Self.pages.sorted())
        for page in Self.pages { _ = try Fixtures.htmlReference((page as NSString).deletingPathExtension) }
    }
}
