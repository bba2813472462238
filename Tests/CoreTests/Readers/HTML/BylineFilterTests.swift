@testable import Core
import Testing

/// Byline and dateline lines above the article go; the article's sentences stay (lines written here).
@Suite struct BylineFilterTests {
    static let sentence = "The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive, officials said on the quay."

    @Test func wireDatelineOfTenWordsAboveTheTextGoes() {
        let kept = BylineFilter.dropLeading(["Town Wire Service - March 11, 2008 4:13 PM ET", Self.sentence])
        #expect(kept == [Self.sentence])
    }

    @Test func longerLinesAndLinesAfterTheTextStay() {
        let intro = "In May 2008 the harbour wall was breached in two places by the storm"
        let dated = "Work starts on March 11, 2008 at the north quay"
        #expect(BylineFilter.dropLeading([intro, Self.sentence, dated]) == [intro, Self.sentence, dated])
    }
}
