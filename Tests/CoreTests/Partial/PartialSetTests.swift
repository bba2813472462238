import Core
import Foundation
import Testing

/// The merge over partial results depends only on the set of documents: not on how they were
/// split into shards, nor on the order shards arrive in.
@Suite struct PartialSetTests {
    private static let labels: [String: SpanLabel] = [
        "Vladimir Putin": .person, "Putin": .person, "Volodymyr Zelenskiy": .person, "Volodymyr Zelensky": .person,
        "European Union": .org, "EU": .org, "Kharkiv": .location, "Kyiv": .location,
    ]
    private static let texts = [
        "Vladimir Putin met aides. Putin spoke about Kharkiv and the European Union.",
        "Volodymyr Zelenskiy said the EU agreed. He spoke in Kyiv.",
        "Volodymyr Zelensky spoke in Kharkiv. Putin did not.",
        "The European Union met in Kyiv.",
    ]

    /// Documents a.jsonl:1…4, plus a repeated id with another text and the first article again.
    private func records() -> [PartialRecord] {
        let extraction = TestGazetteer.extraction(Self.labels)
        var documents = Self.texts.enumerated().map { index, text in
            Document(id: "doc\(index)", text: text, origin: Origin(path: "a.jsonl", line: index + 1, sha256: String(repeating: "0", count: 64)))
        }
        documents.append(Document(id: "doc1", text: "Putin spoke in Kyiv.", origin: Origin(path: "b.jsonl", line: 1, sha256: "1")))
        documents.append(Document(id: "doc0", text: Self.texts[0], origin: Origin(path: "b.jsonl", line: 2, sha256: "2")))
        return documents.enumerated().map { index, document in
            PartialRecord(order: DocumentOrder(input: 0, path: document.origin?.path ?? "", record: document.origin?.line ?? 0),
                          document: document, found: extraction.extract(document, index: index))
        }
    }

    private func set(_ records: [PartialRecord]) -> PartialSet {
        PartialSet(documents: DocumentStore(records.map(\.document)), orders: records.map(\.order),
                   fingerprints: records.map(\.fingerprint), found: FoundStore(records.enumerated().map { $0.element.entities(index: $0.offset) }))
    }

    @Test func shardsInAnyOrderMergeToTheSameCorpus() throws {
        let all = records()
        let whole = try set(all).merged(diagnostics: IgnoringDiagnostics())
        #expect(whole.entities.contains { $0.name == "Volodymyr Zelenskiy" || $0.name == "Volodymyr Zelensky" })
        #expect(whole.mentions.count > 8)
        let shards = [Array(all[4...]), Array(all[2..<4]), Array(all[0..<2])]
        let split = try PartialSet.concatenating(shards.map(set)).merged(diagnostics: IgnoringDiagnostics())
        #expect(split == whole)
        #expect(try set(all.reversed()).merged(diagnostics: IgnoringDiagnostics()) == whole)
    }

    @Test func repeatedIDsAreRenamedAndArticlesReadTwiceKeptOnce() throws {
        let corpus = try set(records().reversed()).merged(diagnostics: IgnoringDiagnostics())
        #expect(corpus.documents.headers.map(\.id) == ["doc0", "doc1", "doc2", "doc3", "doc1-2"])
        #expect(Set(corpus.mentions.map(\.documentID)).isSuperset(of: ["doc0", "doc1-2"]))
    }

    @Test func aResolutionComputedApartGivesTheSameCorpus() throws {
        let all = records()
        let whole = try set(all).merged(diagnostics: IgnoringDiagnostics())
        // What the merge steps do: key rows of the kept documents, combined, resolved once.
        let kept = Array(all[0..<5])
        let resolution = EntityMerger.resolve(KeyRow.combining(kept.flatMap { $0.entities.map(KeyRow.init) }))
        #expect(try set(all).merged(resolution: resolution, diagnostics: IgnoringDiagnostics()) == whole)
    }

    /// `newskit export` merges the entities on a thread of its own while exporters start on the
    /// documents; the corpus must be the one `merged` makes.
    @Test func theMergeInTheBackgroundGivesTheSameCorpus() throws {
        let all = records()
        let whole = try set(all.reversed()).merged(diagnostics: IgnoringDiagnostics())
        let pending = try set(all.reversed()).mergedInBackground(diagnostics: IgnoringDiagnostics())
        #expect(pending.documents.headers.map(\.id) == whole.documents.headers.map(\.id))
        #expect(try pending.corpus() == whole)
        #expect(try pending.corpus() == whole, "asking twice gives the same corpus")
    }

    @Test func recordsSurviveTheirJSONLine() throws {
        for record in records() {
            let line = try record.jsonLine()
            #expect(line.last == 0x0A)
            #expect(try JSONDecoder().decode(PartialRecord.self, from: line) == record)
        }
    }
}
