import Core
import Testing

@Suite struct DocumentIDAssignerTests {
    @Test func sameArticleDroppedOtherRenamedSkippingTakenSuffixes() {
        var assigner = DocumentIDAssigner<String>()
        let decisions = [("a", "1"), ("a-2", "9"), ("a", "2"), ("a", "1"), ("a", "3")].map {
            assigner.assign(id: $0.0, token: $0.1, isSame: ==)
        }
        #expect(decisions == [.keep("a"), .keep("a-2"), .keep("a-3"), .drop(sameAs: "1"), .keep("a-4")])
    }
}
