@testable import Core
import Foundation
import Testing

@Suite struct HTMLPageTests {
    /// Text is ruled out from its first byte; anything that may be HTML (or Unicode white
    /// space before it) still gets the full look.
    @Test(arguments: [
        ("  \n<!DOCTYPE html><html>", true), ("\u{FEFF}<html lang=en>", true), ("\u{00A0}\u{3000}<HTML>", true),
        ("<!-- note --> \n <html>", true), ("<?xml version=\"1.0\"?><html xmlns=\"x\">", true),
        ("Storm hits the coast <html>", false), ("", false), ("   ", false), ("<p>no html</p>", false),
        ("\u{00A0}Storm", false), ("date 2022-02-28 <html>", false),
    ])
    func sniffingTellsHTMLFromText(_ text: String, _ isHTML: Bool) {
        #expect(HTMLPage.looksLikeHTML(Data(text.utf8)) == isHTML)
    }
}
