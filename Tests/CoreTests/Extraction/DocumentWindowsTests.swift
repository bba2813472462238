@testable import Core
import Testing

@Suite struct DocumentWindowsTests {
    private func windows(_ text: String, limit: Int) -> [DocumentWindows.Window] {
        var found: [DocumentWindows.Window] = []
        DocumentWindows(limit: limit).forEach(text) { found.append($0) }
        return found
    }

    @Test func aShortTextIsOneWindow() {
        let found = windows("Kyiv.\n\nKharkiv.", limit: 64)
        #expect(found.map(\.text) == ["Kyiv.\n\nKharkiv."])
        #expect(found.first?.scalarOffset == 0)
    }

    @Test func windowsCutAfterABlankLineAndJoinBackToTheText() {
        let paragraph = "Sasha Grinshpun fled Kharkiv for Lviv.\nShe stayed a week.\n\n"
        let text = String(repeating: paragraph, count: 10)
        let found = windows(text, limit: 128)
        #expect(found.count > 1)
        #expect(found.map(\.text).joined() == text)
        for window in found.dropLast() {
            #expect(window.text.hasSuffix("\n\n"))
            #expect(window.text.utf8.count <= 128)
        }
    }

    @Test func aLineLongerThanHalfAWindowIsCutAtASpace() {
        let text = String(repeating: "word ", count: 100)
        let found = windows(text, limit: 64)
        #expect(found.map(\.text).joined() == text)
        #expect(found.dropLast().allSatisfy { $0.text.hasSuffix(" ") })
    }

    @Test func scalarOffsetsCountScalarsNotBytes() {
        let text = String(repeating: "Zürich – Genève, Kraków.\n", count: 12)
        let found = windows(text, limit: 96)
        let scalars = Array(text.unicodeScalars)
        for window in found {
            let count = window.text.unicodeScalars.count
            #expect(String(String.UnicodeScalarView(scalars[window.scalarOffset..<(window.scalarOffset + count)])) == window.text)
        }
    }

    @Test func textWithoutWhiteSpaceIsCutBetweenScalars() {
        let text = String(repeating: "日本語", count: 60)
        let found = windows(text, limit: 40)
        #expect(found.count > 1)
        #expect(found.map(\.text).joined() == text)
    }
}
