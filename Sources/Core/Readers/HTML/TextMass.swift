/// How much readable text each element of a page holds, counted once for the whole tree:
/// characters other than white space, all of them and those inside links. `PageCleaner` asks it
/// whether a block with a boilerplate-sounding class holds most of the page's prose (then the
/// class is wrong, not the prose), and `ContentScorer` for link density, without walking each
/// subtree again.
struct TextMass {
    struct Count: Equatable {
        var text = 0
        var linked = 0

        /// Characters outside links.
        var prose: Int { text - linked }
    }

    /// Tags whose text no reader sees.
    static let invisibleTags: Set<String> = ["head", "script", "style", "noscript", "template", "svg", "title"]

    private var counts: [ObjectIdentifier: Count] = [:]

    init(_ root: HTMLElement) {
        _ = measure(root, inLink: false)
    }

    /// The count for `element`, or zero for one not in the tree measured.
    subscript(_ element: HTMLElement) -> Count {
        counts[ObjectIdentifier(element)] ?? Count()
    }

    /// Share of an element's text inside links (0 for an element without text).
    func linkDensity(_ element: HTMLElement) -> Double {
        let count = self[element]
        return count.text == 0 ? 0 : Double(count.linked) / Double(count.text)
    }

    /// The count for one element, walked without remembering the counts of its parts (for the
    /// few elements asked about after cleaning changed the tree).
    static func count(_ element: HTMLElement, inLink: Bool = false) -> Count {
        var count = Count()
        guard !invisibleTags.contains(element.name) else { return count }
        let linked = inLink || element.name == "a"
        for child in element.children {
            switch child {
            case .text(let text):
                let visible = foldedLength(text)
                count.text += visible
                if linked { count.linked += visible }
            case .element(let node):
                let inner = Self.count(node, inLink: linked)
                count.text += inner.text
                count.linked += inner.linked
            }
        }
        return count
    }

    private mutating func measure(_ element: HTMLElement, inLink: Bool) -> Count {
        var count = Count()
        if !Self.invisibleTags.contains(element.name) {
            let linked = inLink || element.name == "a"
            for child in element.children {
                switch child {
                case .text(let text):
                    let visible = Self.visibleCharacters(text)
                    count.text += visible
                    if linked { count.linked += visible }
                case .element(let node):
                    let inner = measure(node, inLink: linked)
                    count.text += inner.text
                    count.linked += inner.linked
                }
            }
        }
        counts[ObjectIdentifier(element)] = count
        return count
    }

    /// Characters once runs of ASCII white space are folded to one, as `HTMLText.fold` leaves
    /// them (link density compares lengths of folded text, spaces included).
    static func foldedLength(_ text: String) -> Int {
        var count = 0
        var inSpace = false
        for byte in text.utf8 where byte & 0xC0 != 0x80 {
            let isSpace = byte <= 0x20
            if !isSpace || !inSpace { count += 1 }
            inSpace = isSpace
        }
        return count
    }

    /// Characters other than ASCII white space (bytes that start a character, so a multi-byte
    /// character counts once).
    static func visibleCharacters(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 where byte > 0x20 && byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
