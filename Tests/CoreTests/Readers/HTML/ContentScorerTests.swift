@testable import Core
import Testing

@Suite struct ContentScorerTests {
    @Test func lengthAndCommasCountCharactersAsStringDoes() {
        for text in ["One, two, three.", "", "Caf\u{e9}, bar, and \u{2018}more\u{2019}", "\u{4E00}\u{FF0C}\u{4E8C}\u{FF0C}\u{4E09}", "e\u{301}, ok"] {
            let measured = ContentScorer.lengthAndCommas(text)
            #expect(measured.length == text.count, "\(text)")
            #expect(measured.commas == text.filter { $0 == "," || $0 == "\u{FF0C}" }.count, "\(text)")
        }
    }
}
