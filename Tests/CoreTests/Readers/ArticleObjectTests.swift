@testable import Core
import Foundation
import Testing

@Suite struct ArticleObjectTests {
    /// The fast check must never call a text clean that the full normalisation would change.
    @Test(arguments: [
        "One.\n\nTwo.", "One.\nTwo.", "", "a", "One.\n\n\nTwo.", " lead", "trail ", "a \nb", "a\n b", "a\r\nb",
        "a\tb", "a\n\t\nb", "caf\u{E9}\n\u{E9}t\u{E9}", "a\u{00A0}\nb", "a\n\u{2003}b", "\u{3000}x", "x\u{3000}",
        "\n\nx", "x\n\n", "a\n\u{0B}\nb", "Ünïcödé ïnsïde.\n\nFïne.",
    ])
    func fastCheckAgreesWithNormalisation(_ text: String) {
        let normalised = ArticleObject.normaliseText(text)
        if ArticleObject.isNormalised(text) {
            #expect(normalised == text)
        }
        #expect(ArticleObject.isNormalised(normalised) == false || ArticleObject.normaliseText(normalised) == normalised)
    }

    @Test func lineBreaksOfEveryKindBecomeLFAndBlankRunsOneBlankLine() {
        #expect(ArticleObject.normaliseText(" a \r\nb\rc\n\n \n\n d\u{00A0}\n") == "a\nb\nc\n\nd")
        #expect(PlainTextArticle.normalisedLines("\u{FEFF}x\r\ny\rz\n") == ["x", "y", "z", ""])
    }

    @Test func cleanTextsTakeTheFastPath() {
        #expect(ArticleObject.isNormalised("One line.\n\nAnother, with ünïcode inside.\nA wrapped line."))
    }
}

@Suite struct WhitespaceTrimmingTests {
    /// Must trim exactly what Foundation's character sets trim, which the readers used before.
    @Test(arguments: ["", " ", "a", " a ", "\t a b \t", "\u{00A0}x\u{3000}", "\n x \r\n", "\u{2028}y\u{0085}", "\u{200B}z", "ü ", " é\u{301} "])
    func matchesFoundation(_ text: String) {
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingSpacesAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
