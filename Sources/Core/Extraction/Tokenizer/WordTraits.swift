/// The case and character facts about one word that the tagger's features ask for
/// (capitalisation, `SentenceFlags`, `DocumentEvidence`, quote openers), found in one pass.
/// ASCII words (nearly all of English news) answer from their bytes; other words from
/// `Character`'s Unicode properties, exactly as the `fastIs...` tests do. Asked again and again
/// per word and per sentence, walking `Character`s was a visible share of tagging.
struct WordTraits {
    /// The first character is a letter, uppercase, lowercase (`fastIsLetter` ...); false for "".
    var firstIsLetter = false
    var firstIsUppercase = false
    var firstIsLowercase = false
    /// Some character is a letter, a lowercase letter, a number.
    var hasLetter = false
    var hasLowercase = false
    var hasNumber = false
    /// The word is a mark after which a capital is grammar, not a name: `"` `“` `‘` `'` `:` `(`
    /// `-` `—` (the next token counts as sentence-initial).
    var isOpeningMark = false

    init(_ word: String) {
        var word = word
        if let ascii = word.withUTF8({ Self.isSimpleASCII($0) ? WordTraits(ascii: $0) : nil }) {
            self = ascii
        } else {
            self.init(characters: word)
        }
    }

    /// ASCII without a carriage return (which joins the next byte into one `Character`).
    private static func isSimpleASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 && $0 != 13 }
    }

    private init(ascii bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes {
            let isUpper = byte >= 65 && byte <= 90, isLower = byte >= 97 && byte <= 122
            hasLetter = hasLetter || isUpper || isLower
            hasLowercase = hasLowercase || isLower
            hasNumber = hasNumber || (byte >= 48 && byte <= 57)
        }
        if let first = bytes.first {
            firstIsUppercase = first >= 65 && first <= 90
            firstIsLowercase = first >= 97 && first <= 122
            firstIsLetter = firstIsUppercase || firstIsLowercase
        }
        // `"` `'` `(` `-` `:`
        isOpeningMark = bytes.count == 1 && [34, 39, 40, 45, 58].contains(bytes[0])
    }

    private init(characters word: String) {
        hasLetter = word.contains(where: \.fastIsLetter)
        hasLowercase = word.contains(where: \.fastIsLowercase)
        hasNumber = word.contains(where: \.fastIsNumber)
        if let first = word.first {
            firstIsLetter = first.fastIsLetter
            firstIsUppercase = first.fastIsUppercase
            firstIsLowercase = first.fastIsLowercase
        }
        isOpeningMark = word == "“" || word == "‘" || word == "—"
    }
}
