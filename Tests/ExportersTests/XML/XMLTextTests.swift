@testable import Exporters
import Testing

@Suite struct XMLTextTests {
    @Test func markupCharactersBecomeEntities() {
        #expect(XMLText.escape("<script>alert(\"x\" & 'y')</script>") == "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;")
    }

    @Test func charactersXMLForbidsBecomeReplacementCharacters() {
        #expect(XMLText.escape("a\u{0}b\u{8}c\u{B}d\u{C}e\u{1F}f\u{FFFE}g\u{FFFF}h\u{85}i") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}h\u{FFFD}i")
    }

    @Test func tabsAndNewlinesBecomeSpacesAndLinesCollapse() {
        #expect(XMLText.escape("a\tb\nc\rd") == "a b c d")
        #expect(XMLText.line("  Kharkiv \n\n shelled  ") == "Kharkiv shelled")
    }

    @Test func rightToLeftTextAndEmojiPassThrough() {
        let text = "مرحبا بالعالم שלום 👩🏽‍💻🇺🇦"
        #expect(XMLText.escape(text) == text)
    }

    @Test(arguments: ["", "  ", "Kharkiv", " a\u{00A0}b\u{2003}c\u{3000} ", "é\u{301} x", "\u{85}\u{9F}\u{A0}\u{FFFE}\u{FFFF}\u{FFFD}",
                      "مرحبا  بالعالم\nשלום", "👩🏽‍💻 🇺🇦\t<&>\"'", "a\u{2028}b\u{2029}c\u{1680}d", "\u{10FFFF}\u{E000}"])
    func lineOverBytesAgreesWithTheScalarWalk(_ text: String) {
        var expected = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !expected.isEmpty
                continue
            }
            if pendingSpace { expected += " " }
            pendingSpace = false
            expected += XMLText.escape(String(scalar))
        }
        #expect(XMLText.line(text) == expected)
        #expect(XMLText.line(text[...]) == expected)
    }
}
