/// Cuts a long document's text into windows of at most `DocumentWindows.windowBytes` UTF-8
/// bytes, so that extraction's per-token working memory (tokens, features, tag scores, scalar
/// tables: about 130 bytes a byte of text) is bounded by the window, not by the document.
///
/// A text no longer than one window is one window, so documents of normal size (news articles
/// are tens of kilobytes) go through extraction exactly as before. Longer texts are cut, in
/// order of preference, after a blank line (a paragraph), after a line break (where the
/// tokenizer ends a sentence anyway), after a space, or at the last scalar boundary, always in
/// the back half of the window. docs/memory.md says what windowing changes for such documents.
struct DocumentWindows {
    /// The largest window, in UTF-8 bytes: 256 KiB, about 40,000 words, longer than any news
    /// article, and ~35 MB of extraction working memory.
    static let windowBytes = 256 * 1024

    /// One window: its text and where it starts in the whole document.
    struct Window {
        var text: String
        /// Offset of the window's first scalar in the document, in Unicode scalars.
        var scalarOffset: Int
    }

    let limit: Int

    init(limit: Int = DocumentWindows.windowBytes) {
        self.limit = max(limit, 8)
    }

    /// Calls `body` with each window of `text`, in order.
    func forEach(_ text: String, _ body: (Window) throws -> Void) rethrows {
        var text = text
        text.makeContiguousUTF8()
        let done: Void? = try text.utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0, scalars = 0
            while start < bytes.count {
                let end = cut(bytes, from: start)
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
                try body(Window(text: String(decoding: slice, as: UTF8.self), scalarOffset: scalars))
                scalars += slice.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
                start = end
            }
        }
        // A native string always has contiguous UTF-8 after `makeContiguousUTF8`.
        if done == nil { try body(Window(text: text, scalarOffset: 0)) }
    }

    /// Whether `text` needs more than one window.
    func isLong(_ text: String) -> Bool { text.utf8.count > limit }

    /// Where the window starting at `start` ends: the best break in its back half.
    func cut(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let hardEnd = start + limit
        guard hardEnd < bytes.count else { return bytes.count }
        let low = start + limit / 2
        let newline: UInt8 = 0x0A, space: UInt8 = 0x20
        if let paragraph = lastBreak(bytes, low, hardEnd, where: { bytes[$0 - 1] == newline && bytes[$0 - 2] == newline }) {
            return paragraph
        }
        if let line = lastBreak(bytes, low, hardEnd, where: { bytes[$0 - 1] == newline }) { return line }
        if let word = lastBreak(bytes, low, hardEnd, where: { bytes[$0 - 1] == space }) { return word }
        // No white space in half a window (a run of letters, digits or CJK): any scalar boundary.
        return lastBreak(bytes, low, hardEnd, where: { bytes[$0] & 0xC0 != 0x80 }) ?? hardEnd
    }

    /// The largest position `p` in `low...high` (`low` ≥ 2) for which `test(p)` holds.
    private func lastBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ low: Int, _ high: Int, where test: (Int) -> Bool) -> Int? {
        var position = high
        while position >= max(low, 2) {
            if test(position) { return position }
            position -= 1
        }
        return nil
    }
}
