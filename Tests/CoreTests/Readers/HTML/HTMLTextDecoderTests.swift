@testable import Core
import Foundation
import Testing

@Suite struct HTMLTextDecoderTests {
    func decode(_ bytes: [UInt8], transport: String? = nil) -> (text: String, warnings: [Diagnostic]) {
        let diagnostics = DiagnosticCollector()
        let text = HTMLTextDecoder.decode(Data(bytes), transport: transport, location: "page.html", diagnostics: diagnostics)
        return (text, diagnostics.diagnostics)
    }

    func html(_ head: String, _ body: String) -> [UInt8] {
        Array("<html><head>\(head)</head><body><p>".utf8) + Array(body.utf8) + Array("</p></body></html>".utf8)
    }

    @Test func declaredWindows1252IsDecodedWithoutWarning() {
        let bytes = Array("<meta charset=\"windows-1252\"><p>caf".utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94]
        let result = decode(bytes)
        #expect(result.text.hasSuffix("café “q”"))
        #expect(result.warnings.isEmpty)
    }

    @Test func httpEquivLatin1ThatIsReallyUTF8FallsBackWithAWarning() {
        let result = decode(html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">", "Zürich"))
        #expect(result.text.contains("Zürich"))
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.location == "page.html")
        #expect(result.warnings.first?.message.contains("bytes are UTF-8") == true)
    }

    @Test func declaredUTF8ThatIsReallyWindows1252FallsBack() {
        let bytes = Array("<meta charset=utf-8><p>".utf8) + [0x53, 0xE3, 0x6F, 0x20, 0x50, 0x61, 0x75, 0x6C, 0x6F]
        let result = decode(bytes)
        #expect(result.text.hasSuffix("São Paulo"))
        #expect(result.warnings.first?.message.contains("not valid UTF-8; decoded as windows-1252") == true)
    }

    @Test func transportCharsetWinsOverMeta() {
        let bytes = Array("<meta charset=utf-8><p>".utf8) + [0xA3, 0x31, 0x30]
        #expect(decode(bytes, transport: "text/html; charset=ISO-8859-1").text.hasSuffix("£10"))
    }

    @Test func byteOrderMarkWins() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<meta charset=iso-8859-1><p>Ωmega".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = decode(bytes)
        #expect(result.text.hasSuffix("Ωmega"))
        #expect(result.warnings.isEmpty)
    }

    @Test func otherLegacyEncodingsGoThroughIconv() {
        // "Łódź" in ISO-8859-2.
        let bytes = Array("<meta charset=\"iso-8859-2\"><p>".utf8) + [0xA3, 0xF3, 0x64, 0xBC]
        let result = decode(bytes)
        #expect(result.text.hasSuffix("Łódź"))
        #expect(result.warnings.isEmpty)
    }

    @Test func unknownCharsetFallsBackAndSaysSo() {
        let result = decode(Array("<meta charset=x-klingon><p>caf".utf8) + [0xE9])
        #expect(result.text.hasSuffix("café"))
        #expect(result.warnings.first?.message.contains("x-klingon") == true)
    }

    @Test func doubleEncodedUTF8IsRepaired() {
        let twice = Windows1252.decode(Array("Café – naïve".utf8))
        let result = decode(html("<meta charset=utf-8>", twice))
        #expect(result.text.contains("Café – naïve"))
        #expect(result.warnings.first?.message.contains("encoded twice") == true)
    }

    @Test func metaCharsetInsideThePageDoesNotMisleadLibxml2() throws {
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"><title>x</title></head><body><p>Gr".utf8) + [0xFC, 0xDF, 0x65]
            + Array(" aus der Stadt, die am Fluss liegt und viele Br".utf8) + [0xFC, 0x63, 0x6B, 0x65, 0x6E] + Array(" hat.</p></body></html>".utf8)
        let corpus = try HTMLReader().read(Input(displayPath: "p.html", url: nil, data: Data(bytes)), context: ReadContext())
        #expect(try corpus.documents.document(at: 0).text == "Grüße aus der Stadt, die am Fluss liegt und viele Brücken hat.")
    }
}
