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
        lookup(name).replacingOccurrences(of: " ", with: "-")
    }

    /// A transliteration-tolerant key for one word of a name: the spellings that English,
    /// Ukrainian and Russian romanisations give one name meet here (`Zelenskiy`, `Zelensky`,
    /// `Zelenskyy` → `zelenski`; `Igor`/`Ihor` → `ihor`; `Gerashchenko`/`Herashchenko`).
    public static func transliteration(_ word: String) -> String {
        var s = lookup(word).replacingOccurrences(of: " ", with: "")
        let rules: [(String, String)] = [
            ("shch", "sh"), ("sch", "sh"), ("tch", "ch"), ("kh", "h"), ("gh", "h"), ("g", "h"),
            ("zh", "j"), ("ck", "k"), ("ph", "f"), ("w", "v"), ("x", "ks"), ("q", "k"),
            ("yy", "i"), ("iy", "i"), ("ii", "i"), ("ij", "i"), ("yi", "i"), ("y", "i"), ("j", "i"),
            ("ou", "u"), ("ya", "ia"), ("yu", "iu"),
        ]
        for (from, to) in rules { s = s.replacingOccurrences(of: from, with: to) }
        // Collapse doubled letters (`Asad`/`Assad`) and a final silent `e`.
        var collapsed = ""
        for character in s where collapsed.last != character { collapsed.append(character) }
        return collapsed
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
