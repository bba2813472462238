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

    @Test(arguments: ["Kharkiv", "U.S.", "2022-02-28", "a", "NATO", "McDonald's", "x1", "\u{0}A", "", "\"", "'", ":", "(", "-", "—",
                      "“", "‘", "”", "--", "Élysée", "Київ", "ǅemal", "İstanbul", "naïve-ly", "👍🏽", "١٢٣", "a\r\nB", "ß"])
    func wordTraitsMatchTheCharacterTests(_ word: String) {
        let traits = WordTraits(word)
        #expect(traits.firstIsLetter == (word.first?.fastIsLetter ?? false))
        #expect(traits.firstIsUppercase == (word.first?.fastIsUppercase ?? false))
        #expect(traits.firstIsLowercase == (word.first?.fastIsLowercase ?? false))
        #expect(traits.hasLetter == word.contains(where: \.fastIsLetter))
        #expect(traits.hasLowercase == word.contains(where: \.fastIsLowercase))
        #expect(traits.hasNumber == word.contains(where: \.fastIsNumber))
        #expect(traits.isOpeningMark == ["\"", "“", "‘", "'", ":", "(", "-", "—"].contains(word))
    }

    /// The old exhaustive search: every run of up to `maxTokens` tokens looked up, none skipped.
    static func referenceMatches(_ gazetteer: NERGazetteer, _ lower: [UInt64], _ sentences: [Int]) -> [UInt8] {
        var kindsOfName: [[UInt64]: UInt8] = [:]
        for entry in gazetteer.entries { kindsOfName[NERGazetteer.tokenHashes(entry.name), default: 0] |= 1 << entry.kind }
        let kindCount = NERGazetteer.kinds.count
        var position = [UInt8](repeating: 0, count: lower.count * kindCount)
        var cover = [Int](repeating: 0, count: lower.count * kindCount)
        for start in lower.indices {
            for end in (start + 1)...min(lower.count, start + NERGazetteer.maxTokens) where sentences[end - 1] == sentences[start] {
                guard let bits = kindsOfName[Array(lower[start..<end])] else { continue }
                for kind in 0..<kindCount where bits & (1 << kind) != 0 {
                    for p in start..<end where cover[p * kindCount + kind] < end - start {
                        cover[p * kindCount + kind] = end - start
                        position[p * kindCount + kind] = p == start ? 1 : 2
                    }
                }
            }
        }
        return position
    }

    @Test func gazetteerMatchingSkipsOnlyRunsThatStartNoName() {
        let gazetteer = NERGazetteer(tsv: """
            CITY\tNew York
            CITY\tNew York City
            STATE\tNew York
            COUNTRY\tNew Zealand
            CITY\tYork
            COUNTRY\tPapua New Guinea
            COUNTRY\tBosnia and Herzegovina
            SURNAME\tYork
            CITY\tA B C D E
            CITY\tA B C D E F
            """)
        let words = ["new", "york", "city", "zealand", "papua", "guinea", "bosnia", "and", "herzegovina", "a", "b", "c", "d", "e", "f", "the"]
        var rng = SplitMix64(seed: 11)
        for _ in 0..<300 {
            let count = Int(rng.next() % 30)
            let lower = (0..<count).map { _ in FeatureHash.of(words[Int(rng.next() % UInt64(words.count))]) }
            var sentence = 0
            let sentences = (0..<count).map { _ in
                if rng.next() % 6 == 0 { sentence += 1 }
                return sentence
            }
            #expect(gazetteer.matches(lowerHashes: lower, sentences: sentences) == Self.referenceMatches(gazetteer, lower, sentences))
        }
    }
}
