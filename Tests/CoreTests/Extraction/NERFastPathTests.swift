@testable import Core
import Testing

/// The tagger's fast hashing paths must give the same hashes as the string-building reference
/// paths the model was trained with; a difference would silently change every tag.
@Suite struct NERFastPathTests {
    /// The reference: hashes built from the lowercase, shape and affix strings.
    static func reference(_ word: String) -> (lower: UInt64, shape: UInt64, affixes: [UInt64]) {
        let lowered = word.lowercased()
        let chars = Array(lowered)
        var affixes: [UInt64] = []
        for k in 1...4 where chars.count > k {
            affixes.append(FeatureHash.combine(UInt64(3 + k), FeatureHash.of(String(chars[..<k]))))
            affixes.append(FeatureHash.combine(UInt64(7 + k), FeatureHash.of(String(chars[(chars.count - k)...]))))
        }
        return (FeatureHash.of(lowered), FeatureHash.of(NERFeatures.shape(of: word)), affixes)
    }

    @Test(arguments: ["Kharkiv", "U.S.", "2022-02-28", "a", "ab", "NATO", "McDonald's", "x1", "\u{0}A", "Zelenskyy",
                      "Élysée", "Київ", "Ukraine’s", "ǅemal", "İstanbul", "naïve-ly", "👍🏽"])
    func wordHashesMatchTheStringPath(_ word: String) {
        let fast = WordHashes(word)
        let expected = Self.reference(word)
        var affixes: [UInt64] = []
        fast.appendAffixes(into: &affixes)
        #expect(fast.lower == expected.lower)
        #expect(fast.shape == expected.shape)
        #expect(affixes == expected.affixes)
    }

    @Test func gazetteerNameHashesMatchTheTokenizer() throws {
        let names = ["São Paulo", "Côte d'Ivoire", "Guinea-Bissau", "St. Louis", "Nizhniy Novgorod", "Łódź", "Mönchengladbach Nord"]
        let bundled = try NERTagger.bundled().model.gazetteer.entries.map(\.name)
        for name in names + bundled.prefix(5_000) + bundled.suffix(5_000) {
            let expected = Tokenizer().tokenize(name).map { FeatureHash.of($0.text.lowercased()) }
            #expect(NERGazetteer.tokenHashes(name) == expected, "\(name)")
        }
    }
}
