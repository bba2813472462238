@testable import Core
import Foundation
import Testing

@Suite struct ExtractedPageCacheTests {
    func document(_ id: String, words: Int) -> Document {
        Document(id: id, title: nil, date: nil, source: nil, url: nil, text: String(repeating: "word ", count: words), metadata: [:], origin: nil)
    }

    @Test func eachDocumentIsGivenBackOnce() {
        let cache = ExtractedPageCache(capacity: 1 << 20)
        cache.store(document("a", words: 10), key: "/pages/a.html")
        #expect(cache.take("/pages/a.html")?.id == "a")
        #expect(cache.take("/pages/a.html") == nil)
        #expect(cache.take("/pages/b.html") == nil)
    }

    @Test func documentsPastTheCapacityAreNotStoredAndTheFirstOnesStay() {
        let cache = ExtractedPageCache(capacity: 3 * 1024 + 100)
        for index in 0..<5 { cache.store(document("d\(index)", words: 0), key: "k\(index)") }
        #expect(cache.take("k0") != nil && cache.take("k2") != nil)
        #expect(cache.take("k3") == nil && cache.take("k4") == nil)
    }

    @Test func readingAgainReplacesTheDocument() {
        let cache = ExtractedPageCache(capacity: 1 << 20)
        cache.store(document("old", words: 1), key: "k")
        cache.store(document("new", words: 1), key: "k")
        #expect(cache.take("k")?.id == "new")
    }
}
