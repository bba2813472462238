import Foundation
import Testing
import TestSupport

/// One article far longer than any news story must not cost memory in proportion to its length:
/// extraction works on windows of the text (docs/memory.md). Measured in the child process that
/// exports it; bench/memory.sh measures the 64 MiB case.
@Suite struct HugeDocumentMemoryTests {
    /// A few MiB of news-like prose: sentences naming people, places and organisations, in
    /// paragraphs, made from a fixed seed.
    static func newsText(bytes: Int) -> String {
        let people = ["Olena Kovalenko", "James Whitfield", "Amira Haddad", "Kofi Mensah", "Lucia Ferrante", "Tomasz Nowak"]
        let places = ["Kyiv", "London", "Nairobi", "Berlin", "Madrid", "Lisbon", "Warsaw", "Cairo"]
        let groups = ["the Red Cross", "the European Commission", "Reuters", "the World Bank", "Amnesty International"]
        let verbs = ["said on Monday that", "told reporters in", "warned officials from", "met ministers in", "praised workers in"]
        var generator = SplitMix(seed: 14)
        var text = ""
        text.reserveCapacity(bytes + 200)
        while text.utf8.count < bytes {
            for _ in 0..<(3 + generator.next(4)) {
                text += "\(people[generator.next(people.count)]) \(verbs[generator.next(verbs.count)]) \(places[generator.next(places.count)])"
                text += " after talks with \(groups[generator.next(groups.count)]) about the \(2000 + generator.next(25)) budget. "
            }
            text += "\n\n"
        }
        return text
    }

    @Test func aFourMebibyteArticleExportsInBoundedMemory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newskit-huge-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("huge.jsonl")
        let line = try JSONSerialization.data(withJSONObject: ["id": "huge", "title": "A long read", "text": Self.newsText(bytes: 4 << 20)])
        try (line + Data("\n".utf8)).write(to: input)

        let result = try ChildPeakMemory.run(BinaryRunner.executable.path, [
            "export", input.path, "--format", "json", "--quiet", "--output", folder.appendingPathComponent("corpus.json").path,
        ])
        #expect(result.status == 0)
        // Extracting the whole text at once took ~130 bytes a byte of text (over 600 MB here; about 130 MB now in a debug build);
        // with windows of 256 KiB the text is held a few times and the windows' work is fixed.
        let ceiling = 250 * 1_000_000
        #expect(result.peakBytes > 0 && result.peakBytes < ceiling, "peak RSS \(result.peakBytes / 1_000_000) MB")
        let corpus = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("corpus.json"))) as? [String: Any]
        #expect((corpus?["mentions"] as? [Any])?.count ?? 0 > 10_000)
    }
}
