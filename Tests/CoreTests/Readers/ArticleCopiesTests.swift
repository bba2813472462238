import Core
import Foundation
import Testing

/// The copies of one article become one document that keeps every field they carried.
@Suite struct ArticleCopiesTests {
    let bare = Document(id: "a", title: "T", text: "Body.", origin: Origin(path: "a.txt", sha256: "0"))
    let rich = Document(id: "a", title: "T", date: "2024-01-05", source: "Coast News", url: "https://example.org/a", text: "Body.",
                        metadata: ["section": .string("weather")], origin: Origin(path: "feed.jsonl", line: 3, sha256: "1"))

    @Test func firstNonEmptyValueInEitherOrder() {
        for copies in [[bare, rich], [rich, bare]] {
            let (kept, conflicts) = ArticleCopies.union(copies[0], Array(copies.dropFirst()))
            #expect(kept.source == "Coast News")
            #expect(kept.url == "https://example.org/a")
            #expect(kept.date == "2024-01-05")
            #expect(kept.metadata == ["section": .string("weather")])
            #expect(kept.origin == copies[0].origin)
            #expect(conflicts.isEmpty)
        }
    }

    @Test func disagreementsKeepTheFirstAndAreReported() {
        var other = rich
        other.source = "Other Paper"
        other.metadata = ["section": .string("news"), "author": .string("J. Doe")]
        other.origin = Origin(path: "other.jsonl", line: 1, sha256: "2")
        let (kept, conflicts) = ArticleCopies.union(bare, [rich, other])
        #expect(kept.source == "Coast News")
        #expect(kept.metadata == ["section": .string("weather"), "author": .string("J. Doe")])
        #expect(conflicts.map { [$0.field, $0.kept, $0.other, $0.location] } == [
            ["source", "\"Coast News\"", "\"Other Paper\"", "other.jsonl:1"],
            ["metadata \"section\"", "\"weather\"", "\"news\"", "other.jsonl:1"],
        ])
    }

    @Test func foldingUpdatesHeadersAndBodies() throws {
        let source = DocumentStore([bare, rich])
        let folded = try ArticleCopies.folding([0: [1]], into: DocumentStore([bare]), from: source, diagnostics: IgnoringDiagnostics())
        #expect(folded.headers[0].source == "Coast News")
        #expect(try folded.document(at: 0).metadata == ["section": .string("weather")])
        #expect(try folded.document(at: 0).origin?.path == "a.txt")
    }
}
