import Core
import Foundation
import Testing

@Suite struct EntityExtractionTests {
    private let extraction = TestGazetteer.extraction([
        "Vladimir Putin": .person, "Putin": .person, "Kharkiv": .location, "Ukraine": .location, "Moscow": .location,
    ])

    private var corpus: Corpus {
        Corpus(documents: [
            Document(id: "b", text: "Putin spoke. Vladimir Putin visited Moscow."),
            Document(id: "a", text: "Kharkiv, Ukraine was shelled. Moscow denied it."),
            Document(id: "c", text: "Nothing named here."),
        ])
    }

    @Test func fillsEntitiesSortedByIDAndMentionsInDocumentOrder() throws {
        let result = try EntityExtraction.run(corpus, with: extraction)
        #expect(result.entities.map(\.id) == ["geonames:524901", "geonames:690791", "geonames:706483", "person:vladimir-putin"])
        #expect(result.mentions.map(\.documentID) == ["b", "b", "b", "a", "a", "a"])
        #expect(result.mentions.map(\.text) == ["Putin", "Vladimir Putin", "Moscow", "Kharkiv", "Ukraine", "Moscow"])
        let kharkiv = result.entities.first { $0.id == "geonames:706483" }
        #expect(kharkiv?.type == .city)
        #expect(kharkiv?.countryCode == "UA")
        #expect(kharkiv?.latitude != nil)
    }

    @Test func mentionOffsetsCutTheSurfaceOutOfTheText() throws {
        let result = try EntityExtraction.run(corpus, with: extraction)
        let texts = Dictionary(uniqueKeysWithValues: try corpus.documents.loadAll().map { ($0.id, Array($0.text.unicodeScalars)) })
        for mention in result.mentions {
            let scalars = texts[mention.documentID] ?? []
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
        }
    }

    @Test func reportsProgressForEveryDocumentAndIsDeterministic() throws {
        let counter = ProgressCounter()
        let first = try EntityExtraction.run(corpus, with: extraction) { done, total in counter.record(done, total) }
        #expect(counter.calls.count == 3)
        #expect(counter.calls.map(\.0).sorted() == [1, 2, 3])
        #expect(counter.calls.allSatisfy { $0.1 == 3 })
        let second = try EntityExtraction.run(corpus, with: extraction)
        #expect(first.entities == second.entities && first.mentions == second.mentions)
    }

    @Test func partialResultsRoundTripThroughJSON() throws {
        let partial = extraction.extract(try corpus.documents.document(at: 1), index: 1)
        let decoded = try JSONDecoder().decode(DocumentEntities.self, from: JSONEncoder().encode(partial))
        #expect(decoded == partial)
        #expect(!partial.entities.isEmpty)
    }
}

private final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [(Int, Int)] = []
    func record(_ done: Int, _ total: Int) { lock.lock(); stored.append((done, total)); lock.unlock() }
    var calls: [(Int, Int)] { lock.lock(); defer { lock.unlock() }; return stored }
}
