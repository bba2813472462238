import Core
@testable import Exporters
import Foundation
import Testing
import TestSupport

@Suite struct JSONStringWriterTests {
    private func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    @Test func escapesAsJSONEncoderDoes() throws {
        var text = String(String.UnicodeScalarView((0..<0x80).compactMap { Unicode.Scalar($0) }))
        text += "\u{7F}\u{80}\u{A0}\u{2028}\u{2029}\u{FEFF}😀é\u{FFFF} / \\ \" end"
        var written: [UInt8] = []
        JSONStringWriter.write(text, escapingSlashes: false) { written += $0 }
        #expect(Data(written) == (try encoder().encode(text)))
        var escaped: [UInt8] = []
        JSONStringWriter.write(text, escapingSlashes: true) { escaped += $0 }
        #expect(Data(escaped) == (try JSONEncoder().encode(text)))
    }

    @Test func aLongTextIsWrittenAsJSONEncoderWritesTheDocument() throws {
        let paragraph = "Kyiv said \"no\" \\ again.\tTabs,\r\nlines and \u{1}control; café 😀.\n\n"
        let text = String(repeating: paragraph, count: DocumentJSON.streamingBytes / paragraph.utf8.count + 100)
        let document = Document(id: "long", title: "A long read", text: text, metadata: ["text": .string("not the text")])
        let sink = MemorySink()
        try DocumentJSON.write(document, encoder: encoder(), to: sink)
        #expect(text.utf8.count > DocumentJSON.streamingBytes)
        #expect(sink.data == (try encoder().encode(document)))
    }
}
