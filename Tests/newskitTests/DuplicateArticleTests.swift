import Foundation
import Testing
import TestSupport

/// The same article read twice keeps everything its copies carried (`ArticleCopies`), in either
/// order of the inputs, through `export` and through `extract` + `merge`.
@Suite struct DuplicateArticleTests {
    let folder: URL

    init() throws {
        folder = try Fixtures.temporaryFolder("newskit-duplicates")
        // a.txt has neither outlet nor address; its JSONL line has both, a date and a metadata key.
        try Fixtures.write("Storm hits coast\n\nWinds reached the town of Dover.\n", to: "a.txt", in: folder)
        try Fixtures.write(#"{"id": "a", "title": "Storm hits coast", "text": "Winds reached the town of Dover.", "#
            + #""date": "2024-01-05", "source": "Coast News", "url": "https://example.org/a", "section": "weather"}"# + "\n",
            to: "feed.jsonl", in: folder)
        try Fixtures.write(#"{"id": "a", "title": "Storm hits coast", "text": "Winds reached the town of Dover.", "#
            + #""source": "Other Paper", "section": "news", "author": "J. Doe"}"# + "\n", to: "other.jsonl", in: folder)
    }

    /// The documents of `corpus.json` in `folder`.
    func documents(_ name: String) throws -> [[String: Any]] {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        let corpus = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(corpus["documents"] as? [[String: Any]])
    }

    func export(_ inputs: [String], _ output: String) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["export"] + inputs + ["--format", "json", "--output", output], in: folder)
    }

    @Test(arguments: [["a.txt", "feed.jsonl"], ["feed.jsonl", "a.txt"]])
    func theKeptCopyTakesTheFieldsOfBoth(inputs: [String]) throws {
        let result = try export(inputs, "out.json")
        #expect(result.status == 0)
        #expect(result.stderr.contains("1 article was already read"))
        let kept = try documents("out.json")
        #expect(kept.count == 1)
        let document = try #require(kept.first)
        #expect(document["id"] as? String == "a")
        #expect(document["source"] as? String == "Coast News")
        #expect(document["url"] as? String == "https://example.org/a")
        #expect(document["date"] as? String == "2024-01-05")
        #expect((document["metadata"] as? [String: Any])?["section"] as? String == "weather")
        let origin = try #require(document["origin"] as? [String: Any])
        #expect(origin["path"] as? String == inputs[0])
    }

    @Test func disagreeingCopiesKeepTheFirstValueWithAWarning() throws {
        let result = try export(["feed.jsonl", "other.jsonl", "a.txt"], "out.json")
        #expect(result.status == 0)
        let document = try #require(try documents("out.json").first)
        #expect(document["source"] as? String == "Coast News")
        let metadata = try #require(document["metadata"] as? [String: Any])
        #expect(metadata["section"] as? String == "weather")
        #expect(metadata["author"] as? String == "J. Doe")
        #expect(result.stderr.contains(#"warning: other.jsonl:1: the copies of document "a" disagree on its source: kept "Coast News", not "Other Paper""#))
        #expect(result.stderr.contains(#"disagree on its metadata "section": kept "weather", not "news""#))
    }

    @Test(arguments: [["a.txt", "feed.jsonl"], ["feed.jsonl", "a.txt"]])
    func extractAndMergeKeepTheSameFields(inputs: [String]) throws {
        #expect(try export(inputs, "export.json").status == 0)
        for (index, input) in inputs.enumerated() {
            let extracted = try BinaryRunner.run(["extract", input, "--output", "part\(index).partial.jsonl", "--quiet"], in: folder)
            #expect(extracted.status == 0)
        }
        // Parts in the other order: the merge orders documents itself.
        let merged = try BinaryRunner.run(["merge", "part1.partial.jsonl", "part0.partial.jsonl", "--format", "json", "--output", "merge.json"], in: folder)
        #expect(merged.status == 0)
        let document = try #require(try documents("merge.json").first)
        #expect(document["source"] as? String == "Coast News")
        #expect(document["url"] as? String == "https://example.org/a")
    }
}
