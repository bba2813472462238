/// What the rest of a document says about a word's case: the same word capitalised in the
/// middle of a sentence elsewhere is evidence for a name in a headline or at a sentence start,
/// and the same word written lowercase elsewhere is evidence against.
struct DocumentEvidence {
    let capitalisedElsewhere: [Bool]
    let lowercaseElsewhere: [Bool]

    init(words: [WordTraits], lower: [UInt64], initial: [Bool], headline: [Bool]) {
        var capitalCount = HashKeyTable<Int>(capacity: words.count)
        var lowerCount = HashKeyTable<Int>(capacity: words.count)
        var isCapitalMid = [Bool](repeating: false, count: words.count)
        var isLower = [Bool](repeating: false, count: words.count)
        for i in words.indices {
            let word = words[i]
            guard word.firstIsLetter else { continue }
            if word.firstIsUppercase && !initial[i] && !headline[i] && word.hasLowercase {
                isCapitalMid[i] = true
                capitalCount[lower[i], default: 0] += 1
            } else if word.firstIsLowercase {
                isLower[i] = true
                lowerCount[lower[i], default: 0] += 1
            }
        }
        capitalisedElsewhere = words.indices.map { (capitalCount[lower[$0]] ?? 0) - (isCapitalMid[$0] ? 1 : 0) > 0 }
        lowercaseElsewhere = words.indices.map { (lowerCount[lower[$0]] ?? 0) - (isLower[$0] ? 1 : 0) > 0 }
    }
}
