@testable import Core
import Testing

@Suite struct WordClustersTests {
    static let tsv = "0110\tLisbon\n0111\tPorto\n10\tsaid\nnot-a-path\tBroken\n"

    @Test func pathsLoadAndMalformedLinesAreSkipped() {
        let clusters = WordClusters(tsv: Self.tsv)
        #expect(clusters.entries.map(\.word) == ["Lisbon", "Porto", "said"])
        #expect(WordClusters.bits("0110") == 0b10110)
        #expect(WordClusters.bits("012") == nil)
        #expect(WordClusters.bits("") == nil)
    }

    @Test func lookupTriesCapitalisedThenLowercaseForms() {
        let clusters = WordClusters(tsv: Self.tsv)
        func path(_ word: String) -> UInt32 {
            clusters.path(of: word, wordHash: FeatureHash.of(word), lower: FeatureHash.of(word.lowercased()))
        }
        #expect(path("Lisbon") == 0b10110)
        #expect(path("LISBON") == 0b10110)  // headline capitals
        #expect(path("SAID") == 0b110)  // lowercase fallback
        #expect(path("Madrid") == 0)
        #expect(WordClusters.empty.path(of: "Lisbon", wordHash: FeatureHash.of("Lisbon"), lower: 0) == 0)
    }

    @Test func prefixesAreCoarserClusters() {
        let lisbon = WordClusters.bits("0110") ?? 0, porto = WordClusters.bits("0111") ?? 0
        #expect(WordClusters.prefix(lisbon, 3) == WordClusters.prefix(porto, 3))
        #expect(WordClusters.prefix(lisbon, 4) != WordClusters.prefix(porto, 4))
        #expect(WordClusters.prefix(lisbon, 12) == UInt64(lisbon))
        #expect(WordClusters.prefix(0, 4) == 0)
    }

    @Test func clustersAddFeaturesAndTravelInTheModelFile() throws {
        let tokens = Tokenizer().tokenize("Maria visited Lisbon.")
        let gazetteer = NERGazetteer(tsv: "")
        let plain = NERFeatures(tokens: tokens, gazetteer: gazetteer)
        let clustered = NERFeatures(tokens: tokens, gazetteer: gazetteer, clusters: WordClusters(tsv: Self.tsv))
        #expect(clustered.features.count > plain.features.count)
        let corpus = try CoNLLCorpus(text: NERTrainerTests.conll, path: "tiny.conll")
        let model = NERTrainer(epochs: 2, seed: 1, bucketBits: 12).train(corpus, gazetteerTSV: NERTrainerTests.gazetteer, clustersTSV: Self.tsv)
        let bytes = try model.encoded()
        let decoded = try NERModel(encoded: bytes, path: "tiny.bin.gz")
        #expect(decoded.clusters == model.clusters)
        #expect(try decoded.encoded() == bytes)
    }

    @Test func formatOneModelsStillLoadWithoutClusters() throws {
        var raw = Array("NKNER".utf8) + [1, 8, UInt8(NERTagSet.count)]
        raw += [0, 0, 0x80, 0x3f]  // scale 1.0
        raw += [0, 0, 0, 0]  // no gazetteer names
        raw += [0, 0, 0, 0]  // no weights
        let model = try NERModel(encoded: try Gzip.compress(raw), path: "old.bin.gz")
        #expect(model.clusters.entries.isEmpty)
    }
}
