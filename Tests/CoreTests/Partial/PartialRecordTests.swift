import Core
import Foundation
import Testing

@Suite struct PartialRecordTests {
    private func encoded(_ document: Document) throws -> String {
        Digest.sha256Hex(try JSONEncoder().encode([document.title, document.text]))
    }

    @Test func aLongTextIsFingerprintedAsItsJSONIs() throws {
        let paragraph = "Kyiv/Kharkiv said \"no\" \\ again.\tTabs,\r\nlines and \u{1}control; café 😀.\n\n"
        let text = String(repeating: paragraph, count: (1 << 20) / paragraph.utf8.count + 100)
        for document in [
            Document(id: "a", title: "A/B \"long\" read", date: "2024-01-02", text: text),
            Document(id: "b", text: text),
        ] {
            #expect(PartialRecord.fingerprint(of: document) == (try encoded(document)))
        }
    }

    @Test func fingerprintsDifferWhenTheTextDoes() {
        let text = String(repeating: "a", count: (1 << 20) + 10)
        #expect(PartialRecord.fingerprint(of: Document(id: "a", text: text)) != PartialRecord.fingerprint(of: Document(id: "a", text: text + "b")))
    }
}
