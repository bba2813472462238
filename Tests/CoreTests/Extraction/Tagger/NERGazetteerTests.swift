@testable import Core
import Testing

@Suite struct NERGazetteerTests {
    /// The kinds matched at each token of `text` (names of `NERGazetteer.kinds`).
    func kinds(_ tsv: String, _ text: String) -> [[String]] {
        let gazetteer = NERGazetteer(tsv: tsv)
        let tokens = Tokenizer().tokenize(text)
        let matches = gazetteer.matches(lowerHashes: tokens.map { FeatureHash.of($0.text.lowercased()) }, sentences: tokens.map(\.sentence))
        let count = NERGazetteer.kinds.count
        return tokens.indices.map { i in NERGazetteer.kinds.indices.filter { matches[i * count + $0] != 0 }.map { NERGazetteer.kinds[$0] } }
    }

    @Test func companiesAndLegalFormsAreKindsOfTheirOwn() {
        let tsv = "COMPANY\tAB InBev\nLEGALFORM\tOyj\nLEGALFORM\ts.p.a.\nCITY\tLisbon\nSURNAME\tInbev\n"
        #expect(kinds(tsv, "AB InBev and Nokia Oyj") == [["COMPANY"], ["SURNAME", "COMPANY"], [], [], ["LEGALFORM"]])
        #expect(kinds(tsv, "Pirelli S.p.A. of Lisbon") == [[], ["LEGALFORM"], [], ["CITY"]])
    }

    @Test func aLongerCompanyNameWinsOverItsPrefix() {
        let tsv = "COMPANY\tBank of America\nCOMPANY\tBank\n"
        let matches = NERGazetteer(tsv: tsv).matches(
            lowerHashes: ["bank", "of", "america"].map { FeatureHash.of($0) }, sentences: [0, 0, 0])
        let company = NERGazetteer.kinds.firstIndex(of: "COMPANY") ?? -1, count = NERGazetteer.kinds.count
        #expect([0, 1, 2].map { matches[$0 * count + company] } == [1, 2, 2])
    }

    @Test func unknownKindsAreSkipped() {
        #expect(NERGazetteer(tsv: "TEAM\tLeeds United\nCITY\tLeeds\n").entries.map(\.name) == ["Leeds"])
    }
}
