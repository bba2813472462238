@testable import Core
import Foundation
import Testing

/// Copyright notices under an article are furniture; sentences about copyright are text (pages written here).
@Suite struct CopyrightNoticeTests {
    @Test(arguments: [
        "Copyright 2008 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
        "© 2024 Harbour Media Ltd. All Rights Reserved.",
        "(c) Town Times 2007, all rights reserved",
    ])
    func noticeIsRecognised(_ line: String) {
        #expect(CopyrightNotice.matches(line))
    }

    @Test(arguments: [
        "Copyright law changed in 1998, when the council adopted the new rules for the harbour archive.",
        "© Provided by Town Times",
        "The publisher said all rights reserved by the authors would be returned to them.",
    ])
    func proseAndCreditsStay(_ line: String) {
        #expect(!CopyrightNotice.matches(line))
    }

    @Test func noticeUnderTheArticleLeavesTheText() throws {
        let paragraph = "<p>The council voted on Tuesday to rebuild the harbour wall before the winter storms arrive, officials said.</p>"
        let html = "<html><body><div>\(paragraph)\(paragraph)<p>Copyright 2008 Town Times. All rights reserved.</p></div></body></html>"
        let document = try HTMLPage(data: Data(html.utf8), id: "page", location: "page.html", origin: Origin(path: "page.html", sha256: ""),
                                    context: ReadContext()).document
        #expect(document.text.contains("harbour wall"))
        #expect(!document.text.contains("All rights reserved"))
    }
}
