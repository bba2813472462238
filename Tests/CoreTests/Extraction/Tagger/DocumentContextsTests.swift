@testable import Core
import Testing

@Suite struct DocumentContextsTests {
    /// Token `i`'s context features for the text `text`, as `NERFeatures` would add them.
    func contextFeatures(_ text: String, at i: Int) -> [UInt64] {
        let tokens = Tokenizer().tokenize(text)
        let lower = tokens.map { FeatureHash.of($0.text.lowercased()) }
        let capitalised = tokens.map { WordTraits($0.text).firstIsUppercase }
        let contexts = DocumentContexts(lower: lower, capitalised: capitalised)
        var features: [UInt64] = []
        contexts.appendFeatures(i, lower: lower[i], capitalised: capitalised[i], neighbour: { j, d in
            let k = j + d
            return k >= 0 && k < lower.count ? lower[k] : 0
        }, into: &features)
        return features
    }

    @Test func aWordSeesTheWordsAroundItsOtherOccurrences() {
        // "Pirelli" (token 0) meets "spa" after its second occurrence and "by" before it.
        let features = contextFeatures("Pirelli said. Owned by Pirelli SpA.", at: 0)
        #expect(features == [FeatureHash.combine(60, FeatureHash.of("by")), FeatureHash.combine(61, FeatureHash.of("spa"))])
    }

    @Test func headlineCapitalsMeetTheBodysWords() {
        let features = contextFeatures("LEICESTERSHIRE WIN\nLeicestershire beat Somerset.", at: 0)
        #expect(features.contains(FeatureHash.combine(61, FeatureHash.of("beat"))))
    }

    @Test func lowercaseAndSingleWordsGetNone() {
        #expect(contextFeatures("Pirelli said that it said so.", at: 0).isEmpty)
        #expect(contextFeatures("the said Acme and the said Acme.", at: 1).isEmpty)
    }

    @Test func onlyTheFirstOccurrencesCount() {
        let text = Array(repeating: "Acme rose.", count: 20).joined(separator: " ")
        #expect(contextFeatures(text, at: 0).count == 2 * DocumentContexts.limit)
    }

    @Test func formatThreeModelsUseContextsAndOlderOnesDoNot() throws {
        let tokens = Tokenizer().tokenize("Acme rose. Shares of Acme fell.")
        let gazetteer = NERGazetteer(tsv: "")
        let plain = NERFeatures(tokens: tokens, gazetteer: gazetteer)
        let aggregated = NERFeatures(tokens: tokens, gazetteer: gazetteer, documentContexts: true)
        #expect(aggregated.features.count == plain.features.count + 4)

        let corpus = try CoNLLCorpus(text: NERTrainerTests.conll, path: "tiny.conll")
        let model = NERTrainer(epochs: 2, seed: 1, bucketBits: 12).train(corpus, gazetteerTSV: NERTrainerTests.gazetteer)
        let bytes = try model.encoded()
        #expect(try Gzip.decompress(bytes)[5] == 3)
        #expect(try NERModel(encoded: bytes, path: "tiny.bin.gz").documentContexts)

        let old = NERModel(weights: model.weights, gazetteer: model.gazetteer, clusters: model.clusters, documentContexts: false)
        let oldBytes = try old.encoded()
        #expect(try Gzip.decompress(oldBytes)[5] == 2)
        #expect(try !NERModel(encoded: oldBytes, path: "old.bin.gz").documentContexts)
    }
}
