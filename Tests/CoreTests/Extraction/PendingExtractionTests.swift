import Core
import Foundation
import Testing

@Suite struct PendingExtractionTests {
    @Test func backgroundLoadGivesTheSameExtractionAsLoadingInPlace() throws {
        let pending = PendingExtraction(ExtractionSettings())
        let document = Document(id: "d", text: "Russian forces shelled Kharkiv on Monday. Volodymyr Zelenskiy spoke in Kyiv.")
        let expected = try ExtractionModels.load(ExtractionSettings()).extract(document, index: 0)
        #expect(try pending.get().extract(document, index: 0) == expected)
        #expect(try pending.get().extract(document, index: 0) == expected)  // asking twice is fine
    }

    @Test func aLoadErrorComesOutOfGet() {
        let pending = PendingExtraction(ExtractionSettings(gazetteerPath: "/nonexistent/cities500.txt"))
        #expect(throws: ExtractionError.self) { try pending.get() }
    }
}
