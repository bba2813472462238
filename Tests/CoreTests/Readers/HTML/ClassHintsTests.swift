@testable import Core
import Testing

@Suite struct ClassHintsTests {
    @Test func tokensOnBytesMatchTokensByCharacter() {
        for hints in ["article-share-bar top-ad", "story__body  post_42", "nav", "", "  --  ", "caf\u{e9}-menu x", "ad1 ad-slot"] {
            let byCharacter = hints.split { !$0.isLetter && !$0.isNumber }
            #expect(ClassHints.tokens(hints) == byCharacter, "\(hints)")
        }
    }

    @Test func shortWordsCountOnlyAsWholeTokensAndExceptionsHold() {
        #expect(ClassHints.isWeakNegative("top-nav"))
        #expect(!ClassHints.isWeakNegative("canvas-wrap"))
        #expect(ClassHints.isStrongNegative("comment-list"))
        #expect(!ClassHints.isStrongNegative("commentary-body"))
        #expect(ClassHints.isStrongNegative("story-meta"))
        #expect(ClassHints.isPositive("main-content"))
    }

    @Test func hasLetterLooksAtLettersOnly() {
        #expect(ClassHints.hasLetter("x42"))
        #expect(!ClassHints.hasLetter(" 42 -_"))
        #expect(ClassHints.hasLetter(" \u{e9}"))
    }
}
