/// Word, URL and symbol scanning for `Tokenizer` (the rules are listed on `Tokenizer`).
extension TokenScanner {
    /// Clitics split off after an apostrophe (`Ukraine’s` → `Ukraine` `’s`), compared lowercased.
    static let clitics: Set<String> = ["s", "ll", "re", "ve", "d", "m"]

    /// Scans the word starting at `start`, emits it (and a clitic after it), returns the index after.
    mutating func scanWord(from start: Int) -> Int {
        var j = start
        // Single-byte marks are compared as `ascii` bytes: equal exactly when the `Character` is
        // that one ASCII scalar, without a string comparison per character.
        if ascii[j] == 64 || ascii[j] == 35 { j += 1 }  // @ #
        var segmentStart = j
        var hyphenSegmentStart = j
        while true {
            while j < chars.count && isWordCharacter(at: j) { j += 1 }
            guard j + 1 < chars.count, isWordCharacter(at: j + 1), j > start else { break }
            let c = chars[j], a = ascii[j], prev = chars[j - 1], next = chars[j + 1]
            if a == 64 || a == 46 && joinsAtFullStop(segment: segmentStart..<j, next: j + 1) {  // @ .
                j += 1
                if a == 46 { segmentStart = j }
            } else if a == 44 || a == 58 || a == 47 {  // , : /
                guard prev.fastIsNumber && next.fastIsNumber else { break }
                j += 1
            } else if a == 45 || a == Self.notASCII && c == "\u{2010}" {  // - ‐
                if splitsAtHyphen(left: hyphenSegmentStart..<j, rightStart: j + 1) { break }
                j += 1
                segmentStart = j
                hyphenSegmentStart = j
            } else if a == 39 || a == Self.notASCII && c == "’" {  // ' ’
                let suffixEnd = wordRunEnd(from: j + 1)
                let suffix = String(chars[(j + 1)..<suffixEnd]).lowercased()
                if Self.clitics.contains(suffix) {
                    emit(start, j)
                    emit(j, suffixEnd)
                    return suffixEnd
                }
                if suffix == "t" && (prev == "n" || prev == "N") && j - 1 > start {
                    emit(start, j - 1)
                    emit(j - 1, suffixEnd)
                    return suffixEnd
                }
                j += 1
            } else {
                break
            }
        }
        if j < chars.count && ascii[j] == 46 && isAbbreviation(start..<j) { j += 1 }
        emit(start, j)
        return j
    }

    /// Whether a full stop between two word characters is inside a token: in a number (`3.5`),
    /// before lowercase (`bbc.co.uk`), or between single letters (`U.S`). `Sunday.The` (a
    /// missing space) splits.
    func joinsAtFullStop(segment: Range<Int>, next: Int) -> Bool {
        let prev = chars[segment.upperBound - 1], following = chars[next]
        if prev.fastIsNumber && following.fastIsNumber { return true }
        if following.fastIsLowercase || following.fastIsNumber { return true }
        return segment.count == 1 && wordRunEnd(from: next) - next == 1
    }

    /// Whether a hyphen between `chars[left]` and the run at `rightStart` separates two words
    /// the tagger should see apart: a capitalised letter-word next to another letter-word.
    func splitsAtHyphen(left: Range<Int>, rightStart: Int) -> Bool {
        let right = rightStart..<wordRunEnd(from: rightStart)
        guard let l = chars[left].first, let r = chars[right].first, l.fastIsLetter, r.fastIsLetter else { return false }
        return (l.fastIsUppercase && left.count >= 2) || r.fastIsUppercase
    }

    /// The end of the run of word characters starting at `index`.
    func wordRunEnd(from index: Int) -> Int {
        var k = index
        while k < chars.count && isWordCharacter(at: k) { k += 1 }
        return k
    }

    /// Whether the word in `range`, followed by a full stop, is an abbreviation that keeps it:
    /// a single capital initial, dotted single letters (`U.S`, `e.g`) or a listed abbreviation.
    func isAbbreviation(_ range: Range<Int>) -> Bool {
        let word = chars[range]
        if word.count == 1, let c = word.first { return c.fastIsUppercase }
        if word.contains(".") {
            return String(word).split(separator: ".").allSatisfy { $0.count == 1 }
        }
        return TokenizerAbbreviations.all.contains(String(word))
    }

    /// The end of a URL starting at `start`, or nil when none starts there.
    func urlEnd(from start: Int) -> Int? {
        // Every prefix starts with `h` or `w`: most tokens are rejected without building a window.
        let first = ascii[start]
        guard first | 0x20 == 0x68 || first | 0x20 == 0x77 else { return nil }
        if start > 0 && isWordCharacter(at: start - 1) { return nil }
        guard let prefix = Self.urlPrefixes.first(where: { startsWithASCII($0, at: start) }) else { return nil }
        var end = start
        while end < chars.count && !chars[end].fastIsWhitespace { end += 1 }
        while end > start && ".,;:!?)]}\"'”’»".contains(chars[end - 1]) { end -= 1 }
        return end - start > prefix.count ? end : nil
    }

    /// What a URL token starts with, lowercase.
    static let urlPrefixes = [Array("http://".utf8), Array("https://".utf8), Array("www.".utf8)]

    /// Whether the characters from `start` are the ASCII `prefix`, ignoring case. Compared on the
    /// `ascii` bytes: lowercasing a window of `Character`s for every word starting with `h` or
    /// `w` (`he`, `was`, `with`) cost a tenth of tokenizing. No other character lowercases to
    /// one of these ASCII characters, so the answer is the same.
    func startsWithASCII(_ prefix: [UInt8], at start: Int) -> Bool {
        guard start + prefix.count <= chars.count else { return false }
        for (offset, expected) in prefix.enumerated() {
            let byte = ascii[start + offset]
            if (byte >= 65 && byte <= 90 ? byte + 32 : byte) != expected { return false }
        }
        return true
    }

    /// Scans punctuation, symbols and emoji: one grapheme per token, except runs of `.!?` and `-`.
    mutating func scanSymbol(from start: Int) -> Int {
        let c = chars[start]
        var end = start + 1
        if Self.isStop(c) {
            while end < chars.count && Self.isStop(chars[end]) { end += 1 }
        } else if c == "-" {
            while end < chars.count && chars[end] == "-" { end += 1 }
        }
        emit(start, end)
        if Self.isStop(c) || c == "…" { pendingBreak = .terminator }
        return end
    }

    /// `.`, `!` or `?` (tested on the byte: this runs for every punctuation token).
    @inline(__always)
    static func isStop(_ c: Character) -> Bool {
        guard let a = c.asciiValue else { return false }
        return a == 46 || a == 33 || a == 63
    }
}
