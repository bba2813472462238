@testable import Core
import Testing

@Suite struct DocumentTests {
    /// What `Document.paragraphs(in:)` replaces: splitting at `"\n\n"` by `Character`s.
    static func reference(_ text: String) -> [String] {
        text.split(separator: "\n\n", omittingEmptySubsequences: true).map(String.init)
    }

    @Test(arguments: ["", "\n\n", "a", "a\n\nb", "a\n\n\nb", "\n\n\n\na\n\n", "a\r\n\nb", "a\r\n\r\nb", "a\n\r\n\nb",
                      "é\n\n\u{301}x", "👍🏽\n\n👍🏽", "a\nb\n\nc\n", "\r\n\n\n"])
    func paragraphsSplitAsCharactersDo(_ text: String) {
        #expect(Document.paragraphs(in: text).map(String.init) == Self.reference(text))
    }

    @Test func paragraphsAgreeOnRandomText() {
        let pieces = ["a", "\n", "\n", "\r", "é", "\u{301}", " ", "Київ", "\r\n"]
        var rng = SplitMix64(seed: 3)
        for _ in 0..<2_000 {
            let text = (0..<(rng.next() % 16)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            #expect(Document.paragraphs(in: text).map(String.init) == Self.reference(text), "\(Array(text.unicodeScalars))")
        }
    }
}
