@testable import Core
import Foundation
import Testing

@Suite struct NERTrainerTests {
    /// A tiny CoNLL corpus written here (IOB1, as the CoNLL-2003 files are).
    static let conll = """
        -DOCSTART- -X- O O

        Maria NNP I-NP I-PER
        Lopez NNP I-NP I-PER
        visited VBD I-VP O
        Lisbon NNP I-NP I-LOC
        for IN I-PP O
        Acme NNP I-NP I-ORG
        Corp NNP I-NP I-ORG
        . . O O

        -DOCSTART- -X- O O

        Acme NNP I-NP I-ORG
        hired VBD I-VP O
        Maria NNP I-NP I-PER
        in IN I-PP O
        Porto NNP I-NP I-LOC
        . . O O

        """
    static let gazetteer = "CITY\tLisbon\nCITY\tPorto\nCOUNTRY\tPortugal\n"

    func train(seed: UInt64) throws -> [UInt8] {
        let corpus = try CoNLLCorpus(text: Self.conll, path: "tiny.conll")
        return try NERTrainer(epochs: 3, seed: seed, bucketBits: 12).train(corpus, gazetteerTSV: Self.gazetteer).encoded()
    }

    @Test func trainingTwiceGivesIdenticalBytes() throws {
        let first = try train(seed: 7)
        #expect(first == (try train(seed: 7)))
        #expect(first.starts(with: [0x1f, 0x8b]))
    }

    @Test func severalRunsAreAveragedDeterministically() throws {
        let corpus = try CoNLLCorpus(text: Self.conll, path: "tiny.conll")
        func trained(runs: Int, seed: UInt64 = 7) throws -> NERModel {
            try NERModel(encoded: NERTrainer(epochs: 3, seed: seed, bucketBits: 12, runs: runs).train(corpus, gazetteerTSV: Self.gazetteer).encoded(),
                         path: "tiny.bin.gz")
        }
        let mixed = try trained(runs: 2)
        #expect(try mixed.encoded() == trained(runs: 2).encoded())
        #expect(mixed.weights != (try trained(runs: 1)).weights)
        // One run with seed 7 and one with seed 8, averaged: every weight lies between the two runs'.
        let first = try trained(runs: 1), second = try trained(runs: 1, seed: 8)
        var dense: [Int: [Float]] = [:]
        for model in [first, second, mixed] { model.weights.forEachWeight { dense[$0, default: []].append($1) } }
        #expect(dense.values.allSatisfy { $0.count < 3 || abs($0[2] - ($0[0] + $0[1]) / 2) <= 0.01 * max(1, abs($0[0]) + abs($0[1])) })
        #expect(NEREvaluation.run(NERTagger(model: mixed), on: corpus).scores().f1 > 0.9)
    }

    @Test func modelFileRoundTrips() throws {
        let bytes = try train(seed: 3)
        let model = try NERModel(encoded: bytes, path: "tiny.bin.gz")
        #expect(try model.encoded() == bytes)
        #expect(model.gazetteer.entries.map(\.name) == ["Lisbon", "Porto", "Portugal"])
        let corpus = try CoNLLCorpus(text: Self.conll, path: "tiny.conll")
        #expect(NEREvaluation.run(NERTagger(model: model), on: corpus).scores().f1 > 0.9)
    }

    @Test func iob1BecomesSpansAndDocumentsSplit() throws {
        let corpus = try CoNLLCorpus(text: Self.conll, path: "tiny.conll")
        #expect(corpus.documents.count == 2)
        #expect(corpus.documents[0].spans == [
            TaggedSpan(label: .person, range: 0..<2), TaggedSpan(label: .location, range: 3..<4),
            TaggedSpan(label: .org, range: 5..<7),
        ])
        #expect(CoNLLCorpus.step("I-LOC", previous: "I-LOC") == .continues)
        #expect(CoNLLCorpus.step("B-LOC", previous: "I-LOC") == .opens(.location))
        #expect(CoNLLCorpus.step("I-LOC", previous: "I-PER") == .opens(.location))
        #expect(CoNLLCorpus.step("I-CITY", previous: "O") == nil)
    }

    @Test func bioTagsRoundTripThroughSpans() {
        let spans = [TaggedSpan(label: .person, range: 0..<3), TaggedSpan(label: .location, range: 3..<4), TaggedSpan(label: .org, range: 5..<7)]
        let tags = NERTagSet.tags(spans, count: 8)
        #expect(tags.map(NERTagSet.name) == ["B-PER", "I-PER", "I-PER", "B-LOC", "O", "B-ORG", "I-ORG", "O"])
        #expect(NERTagSet.spans(tags) == spans)
        #expect(!NERTagSet.allowed(NERTagSet.tag(.org, .inside), after: NERTagSet.tag(.person, .begin)))
        #expect(NERTagSet.allowed(NERTagSet.tag(.person, .inside), after: NERTagSet.tag(.person, .inside)))
        #expect(!NERTagSet.allowed(NERTagSet.tag(.person, .inside), after: NERTagSet.outside))
    }

    @Test func malformedCoNLLNamesFileAndLine() {
        #expect(throws: TaggerError.malformedCoNLL(path: "bad.conll", line: 2, reason: "cannot read `Lisbon NNP I-NP I-CITY`")) {
            try CoNLLCorpus(text: "Maria NNP I-NP I-PER\nLisbon NNP I-NP I-CITY\n", path: "bad.conll")
        }
    }

    @Test func damagedModelBytesGiveATypedError() {
        #expect(throws: TaggerError.corruptModel(path: "x.bin.gz", reason: "not gzip")) {
            try NERModel(encoded: [1, 2, 3], path: "x.bin.gz")
        }
    }

    @Test func weightIndexPastTheTableGivesATypedError() throws {
        var raw = Array("NKNER".utf8) + [1, 8, UInt8(NERTagSet.count)]
        raw += [0, 0, 0x80, 0x3f]  // scale 1.0
        raw += [0, 0, 0, 0]  // no gazetteer names
        raw += [1, 0, 0, 0]  // one weight, whose gap is 2^64 - 1
        raw += [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 2]
        let bytes = try Gzip.compress(raw)
        #expect(throws: TaggerError.corruptModel(path: "x.bin.gz", reason: "weight index gap 18446744073709551615 out of range")) {
            try NERModel(encoded: bytes, path: "x.bin.gz")
        }
    }
}

@Suite struct CoNLLHyphenTests {
    @Test func hyphenatedWordsSplitAsTheTokenizerSplitsThem() throws {
        let corpus = try CoNLLCorpus(text: "Ata-ur-Rehman NNP I-NP I-PER\nbowled VBD I-VP O\nwell-known JJ I-NP O\n", path: "h.conll")
        let document = try #require(corpus.documents.first)
        #expect(document.tokens.map(\.text) == ["Ata", "-", "ur", "-", "Rehman", "bowled", "well-known"])
        #expect(document.spans == [TaggedSpan(label: .person, range: 0..<5)])
        #expect(document.tokens[4].end == 13 && document.tokens[5].start == 14)
    }

    @Test func spansAreCutAtSpacedDashesOnly() {
        let tokens = Tokenizer().tokenize("Anna / NPA - Lumen Images and Rolls-Royce")
        let credit = NERTagger.splitAtSpacedDashes(TaggedSpan(label: .org, range: 2..<6), tokens)
        #expect(credit.map { tokens[$0.range].map(\.text).joined(separator: " ") } == ["NPA", "Lumen Images"])
        let whole = NERTagger.splitAtSpacedDashes(TaggedSpan(label: .org, range: 7..<10), tokens)
        #expect(whole == [TaggedSpan(label: .org, range: 7..<10)])
    }
}
