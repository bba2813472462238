@testable import Core
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

    @Test func cleanTextsTakeTheFastPath() {
        #expect(ArticleObject.isNormalised("One line.\n\nAnother, with ünïcode inside.\nA wrapped line."))
    }
}
