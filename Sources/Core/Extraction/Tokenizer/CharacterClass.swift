/// Character tests with an ASCII fast path. `Character.isLetter` and friends look up Unicode
/// properties on every call, which was the tokenizer's and tagger's largest cost on English
/// news; ASCII answers come from the byte, everything else from the full Unicode properties.
extension Character {
    @inline(__always) var fastIsUppercase: Bool {
        if let a = asciiValue { return a >= 65 && a <= 90 }
        return isUppercase
    }

    @inline(__always) var fastIsLowercase: Bool {
        if let a = asciiValue { return a >= 97 && a <= 122 }
        return isLowercase
    }

    @inline(__always) var fastIsLetter: Bool {
        if let a = asciiValue { return (a | 0x20) >= 97 && (a | 0x20) <= 122 }
        return isLetter
    }

    @inline(__always) var fastIsNumber: Bool {
        if let a = asciiValue { return a >= 48 && a <= 57 }
        return isNumber
    }

    @inline(__always) var fastIsWhitespace: Bool {
        if let a = asciiValue { return a == 32 || (a >= 9 && a <= 13) }
        return isWhitespace
    }

    @inline(__always) var fastIsNewline: Bool {
        if let a = asciiValue { return a >= 10 && a <= 13 }
        return isNewline
    }
}
