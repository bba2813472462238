/// Splits news text into tokens and sentences, with offsets in Unicode scalars.
///
/// Rules, in the order a reader meets them:
/// - **Words** are runs of letters, digits and combining marks in any script (CJK runs without
///   spaces stay one token). Inside a run, `.` joins alphanumerics (`3.5`, `bbc.co.uk`), `,` `:`
///   `/` and `-` join digits (`1,000`, `12:30`, `2022-02-28`), `@` joins alphanumerics.
/// - **Hyphens** join lowercase compounds (`second-largest`, `F-16`, `Covid-19`) but split where
///   a capitalised letter-word meets another letter-word (`US-led`, `pro-Russian`,
///   `Ukraine-Russia`, `Jean-Claude`), so the tagger sees `US`, `Russian`, `Ukraine`. The tagger
///   rejoins person and organisation names split this way (`Jean-Claude`, `Rolls-Royce`).
/// - **Apostrophes** (`'` and `’`) stay inside names (`O'Brien`, `d'Ivoire`); clitics `’s`,
///   `'ll`, `'re`, `'ve`, `'d`, `'m` and `n't` become their own tokens (`Ukraine’s` → `Ukraine`,
///   `’s`); a plural possessive's trailing apostrophe (`Ukrainians’`) is its own token.
/// - **Abbreviations** keep their full stop and do not end a sentence: acronyms with dots
///   (`U.S.`, `U.N.`, `e.g.`), single capital initials (`George W. Bush`) and titles and the like
///   (`Mr.`, `Dr.`, `Gen.`, `Inc.`, `Jan.`; see `TokenizerAbbreviations`).
/// - **URLs** starting `http://`, `https://` or `www.` are one token, minus trailing punctuation.
/// - **Everything else** that is not white space is one token per grapheme (so an emoji with
///   modifiers is one token); runs of `.` `!` `?` `-` (`...`, `?!`, `--`) are one token.
/// - **Sentences** end at every line break (headlines and datelines have no full stop) and after
///   `.` `!` `?` `…` (with any closing quotes or brackets that follow) when the next token does
///   not start with a lowercase letter.
public struct Tokenizer: Tokenizing {
    public init() {}

    public func tokenize(_ text: String) -> [Token] {
        var scanner = TokenScanner(text: text)
        return scanner.run()
    }
}

/// Why the next token may open a new sentence.
enum SentenceBreak {
    /// A line break: the next token always opens a new sentence.
    case line
    /// A `.` `!` `?` `…`: closing marks right after it stay; a lowercase word continues.
    case terminator
}

/// The state of one tokenization: the text as graphemes with their scalar offsets.
struct TokenScanner {
    let chars: [Character]
    /// `offsets[i]` is the scalar offset of `chars[i]`; `offsets[chars.count]` is the text's end.
    let offsets: [Int]
    /// The text's UTF-8 bytes and `utf8Offsets[i]`, the byte offset of `chars[i]`: tokens are
    /// cut from the bytes, which is much cheaper than joining `Character`s.
    let utf8: [UInt8]
    let utf8Offsets: [Int]
    /// `ascii[i]` is the byte of `chars[i]` when that character is one ASCII byte, else
    /// `notASCII`: the scanner's character tests answer from it without asking `Character`.
    let ascii: [UInt8]
    static let notASCII: UInt8 = 0xFF
    var tokens: [Token] = []
    var sentence = 0
    var pendingBreak: SentenceBreak?

    init(text: String) {
        let utf8 = Array(text.utf8)
        // ASCII without CR: every byte is one scalar and one `Character` (only CR LF joins two
        // ASCII bytes into one), so the tables come straight from the bytes, without breaking
        // the text into graphemes. Most English news is plain ASCII.
        if utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) {
            chars = utf8.map { Character(Unicode.Scalar($0)) }
            offsets = Array(0...utf8.count)
            utf8Offsets = offsets
            self.utf8 = utf8
            ascii = utf8
            return
        }
        chars = Array(text)
        var offsets: [Int] = []
        offsets.reserveCapacity(chars.count + 1)
        var utf8Offsets: [Int] = []
        utf8Offsets.reserveCapacity(chars.count + 1)
        var offset = 0, utf8Offset = 0
        for character in chars {
            offsets.append(offset)
            utf8Offsets.append(utf8Offset)
            offset += character.unicodeScalars.count
            utf8Offset += character.utf8.count
        }
        offsets.append(offset)
        utf8Offsets.append(utf8Offset)
        self.offsets = offsets
        self.utf8Offsets = utf8Offsets
        self.utf8 = utf8
        ascii = chars.indices.map { utf8Offsets[$0 + 1] - utf8Offsets[$0] == 1 ? utf8[utf8Offsets[$0]] : Self.notASCII }
    }

    mutating func run() -> [Token] {
        var i = 0
        while i < chars.count {
            let c = chars[i], a = ascii[i]
            if a == Self.notASCII ? c.fastIsNewline : a >= 10 && a <= 13 {
                if !tokens.isEmpty { pendingBreak = .line }
                i += 1
            } else if a == Self.notASCII ? c.fastIsWhitespace : a == 32 || a == 9 {
                i += 1
            } else if let end = urlEnd(from: i) {
                emit(i, end)
                i = end
            } else if isWordCharacter(at: i) || (a == 64 || a == 35) && i + 1 < chars.count && isWordCharacter(at: i + 1) {
                i = scanWord(from: i)
            } else {
                i = scanSymbol(from: i)
            }
        }
        return tokens
    }

    /// Appends `chars[start..<end]` as a token, opening a new sentence first if one is due.
    mutating func emit(_ start: Int, _ end: Int) {
        let first = chars[start]
        if let pending = pendingBreak {
            let attaches = pending == .terminator && isClosingMark(first) && tokens.last?.end == offsets[start]
            if !attaches {
                let continues = pending == .terminator && first.fastIsLowercase
                if !continues { sentence += 1 }
                pendingBreak = nil
            }
        }
        let text = String(decoding: utf8[utf8Offsets[start]..<utf8Offsets[end]], as: UTF8.self)
        tokens.append(Token(text: text, start: offsets[start], end: offsets[end], sentence: sentence))
    }

    /// `isWordCharacter(chars[i])`, from the ASCII byte when there is one.
    @inline(__always)
    func isWordCharacter(at i: Int) -> Bool {
        let a = ascii[i]
        if a == Self.notASCII { return isWordCharacter(chars[i]) }
        return (a | 0x20) >= 97 && (a | 0x20) <= 122 || a >= 48 && a <= 57
    }

    func isWordCharacter(_ c: Character) -> Bool {
        if let a = c.asciiValue { return (a | 0x20) >= 97 && (a | 0x20) <= 122 || a >= 48 && a <= 57 }
        return c.isLetter || c.isNumber || c.unicodeScalars.first.map { $0.properties.generalCategory == .nonspacingMark } == true
    }

    func isClosingMark(_ c: Character) -> Bool {
        "\"'”’»)]}›".contains(c)
    }
}
