import Foundation

/// Normalised forms of names used to look names up and to compare them.
///
/// Python's `tools/build_gazetteer.py` stores names as written; every key is computed here, so
/// the gazetteer and the text always meet in the same normal form.
public enum NameKey {
    /// Lookup key: diacritics folded, lowercased, apostrophes and dots dropped, hyphens and
    /// runs of spaces become one space. `Khar’kov` and `Kharkov` meet; `U.S.` becomes `us`.
    public static func lookup(_ name: String) -> String {
        LatinFolding.lookupKey(name) ?? generalLookup(name)
    }

    /// `lookup` for any script, through Foundation's folding.
    public static func generalLookup(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in fold(name).unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else if scalar == " " || scalar == "-" || scalar == "\n" || scalar == "\t" || scalar == "/" {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// Lowercased, diacritics and special Latin letters folded (`Élysée` → `elysee`, `Łódź` → `lodz`).
    public static func fold(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        guard folded.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return folded }
        var result = ""
        for character in folded {
            switch character {
            case "ø": result += "o"
            case "ł": result += "l"
            case "ß": result += "ss"
            case "æ": result += "ae"
            case "œ": result += "oe"
            case "đ", "ð": result += "d"
            case "ı": result += "i"
            case "þ": result += "th"
            case "ħ": result += "h"
            case "ĳ": result += "ij"
            case "ŧ": result += "t"
            case "ŋ": result += "n"
            case "’", "‘", "ʼ": result += "'"
            default: result.append(character)
            }
        }
        return result
    }

    /// Identifier slug: `Vladimir Putin` → `vladimir-putin`.
    public static func slug(_ name: String) -> String {
        // Keys of the Latin path are ASCII: swapping bytes gives what Foundation's
        // `replacingOccurrences` gives, for a tenth of the cost (a key per mention).
        if let key = LatinFolding.lookupKey(name) {
            return String(decoding: key.utf8.map { $0 == 0x20 ? 0x2D : $0 }, as: UTF8.self)
        }
        return generalLookup(name).replacingOccurrences(of: " ", with: "-")
    }

    /// A transliteration-tolerant key for one word of a name: the spellings that English,
    /// Ukrainian and Russian romanisations give one name meet here (`Zelenskiy`, `Zelensky`,
    /// `Zelenskyy` → `zelenski`; `Igor`/`Ihor` → `ihor`; `Gerashchenko`/`Herashchenko`).
    public static func transliteration(_ word: String) -> String {
        var s = Array(lookup(word).unicodeScalars.filter { $0 != " " })
        for (from, to) in transliterationRules { replace(from, with: to, in: &s) }
        // Collapse doubled letters (`Asad`/`Assad`).
        var collapsed = String.UnicodeScalarView()
        for scalar in s where collapsed.last != scalar { collapsed.append(scalar) }
        return String(collapsed)
    }

    /// Applied in order; each rewrites every occurrence, left to right.
    private static let transliterationRules: [([Unicode.Scalar], [Unicode.Scalar])] = [
        ("shch", "sh"), ("sch", "sh"), ("tch", "ch"), ("kh", "h"), ("gh", "h"), ("g", "h"),
        ("zh", "j"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("x", "ks"), ("q", "k"),
        ("yy", "i"), ("iy", "i"), ("ii", "i"), ("ij", "i"), ("yi", "i"), ("y", "i"), ("j", "i"),
        ("ou", "u"), ("ya", "ia"), ("yu", "iu"),
    ].map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }

    /// Replaces every non-overlapping occurrence of `pattern`, scanning left to right (as
    /// `replacingOccurrences(of:with:)` does), without Foundation.
    private static func replace(_ pattern: [Unicode.Scalar], with replacement: [Unicode.Scalar], in text: inout [Unicode.Scalar]) {
        guard text.count >= pattern.count, let first = pattern.first, text.contains(first) else { return }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.count + 4)
        var index = 0
        while index < text.count {
            if index + pattern.count <= text.count && text[index..<(index + pattern.count)].elementsEqual(pattern) {
                result.append(contentsOf: replacement)
                index += pattern.count
            } else {
                result.append(text[index])
                index += 1
            }
        }
        text = result
    }

    /// Levenshtein distance between two strings, by characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
