@testable import Core
import Foundation
import Testing

@Suite struct FlatJSONObjectTests {
    private func flat(_ line: String) -> [String: Any]? {
        Array(line.utf8).withUnsafeBytes { FlatJSONObject.parse($0) }
    }

    private func foundation(_ line: String) -> [String: Any]? {
        try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    }

    /// Same keys, and each value the same string, number or null.
    private func same(_ a: [String: Any], _ b: [String: Any]) -> Bool {
        guard Set(a.keys) == Set(b.keys) else { return false }
        return a.keys.allSatisfy { key in
            switch (a[key], b[key]) {
            case let (x as String, y as String): x == y && Array(x.utf8) == Array(y.utf8)
            case (is NSNull, is NSNull): true
            case let (x as NSNumber, y as NSNumber): x == y && ArticleObject.isBool(x) == ArticleObject.isBool(y)
            default: false
            }
        }
    }

    @Test(arguments: [
        #"{"id": "a-1", "title": "Kyiv \"talks\"", "text": "Line one.\n\nLine two\ttab \/ slash \\ back"}"#,
        #"{"text":"caf\u00e9 \u263A \ud83d\ude00 Zürich 日本","id":42,"flag":true,"off":false,"none":null}"#,
        #"  {"text": "", "n": -1.5e3, "m": 0}  "#,
        #"{}"#,
        #"{"text":"control \u0001 and nul \u0000 escaped"}"#,
    ])
    func flatLinesReadAsJSONSerializationReadsThem(line: String) throws {
        let expected = try #require(foundation(line))
        let parsed = try #require(flat(line))
        #expect(same(parsed, expected))
    }

    @Test(arguments: [
        #"{"text": "a", "tags": ["x"]}"#,          // nested array
        #"{"text": "a", "meta": {"k": 1}}"#,       // nested object
        #"{"text": "a", "text": "b"}"#,            // repeated key
        #"{"text": "lone \ud83d surrogate"}"#,     // lone surrogate
        "{\"text\": \"raw\ttab\"}",                // unescaped control character
        #"{"text": "bad \x escape"}"#,             // unknown escape
        #"{"text": "unterminated}"#,
        #"{"text": "a"} trailing"#,
        #"["text"]"#,
        #"{"n": 01x}"#,
        "",
    ])
    func otherLinesAreLeftToJSONSerialization(line: String) {
        #expect(flat(line) == nil)
    }

    @Test func invalidUTF8IsLeftToJSONSerialization() {
        let bytes: [UInt8] = Array(#"{"text": "a"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(bytes.withUnsafeBytes { FlatJSONObject.parse($0) } == nil)
    }
}
