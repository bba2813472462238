/// Keeps document ids unique across a corpus, in corpus order: the rule `CorpusMerge` applies
/// when joining inputs and `PartialSet` applies when joining shards, so both give the same ids.
///
/// A document whose id was already read is either the same article read twice (the caller's
/// `isSame` says so, comparing it with the first document of that id), dropped, or a different
/// one, renamed to `id-2`, `id-3`, … (the first suffix no document has taken yet).
/// Holds every id seen: about 100 bytes per document.
public struct DocumentIDAssigner<Token> {
    /// What happens to one document.
    public enum Decision: Equatable {
        /// Kept under this id (the one it had, or a renamed one).
        case keep(String)
        /// The same article as an earlier document: left out.
        case drop
    }

    private var seen = Set<String>()
    private var first: [String: Token] = [:]

    public init() {}

    /// The decision for the next document in corpus order.
    /// - Parameters:
    ///   - token: what `isSame` needs to compare this document with a later one.
    ///   - isSame: whether two documents of one id are the same article.
    public mutating func assign(id: String, token: Token, isSame: (Token, Token) -> Bool) -> Decision {
        if let earlier = first[id], isSame(earlier, token) { return .drop }
        let unique = Self.uniqueID(id, seen: &seen)
        if unique == id { first[id] = token }
        return .keep(unique)
    }

    static func uniqueID(_ id: String, seen: inout Set<String>) -> String {
        if seen.insert(id).inserted { return id }
        var suffix = 2
        while !seen.insert("\(id)-\(suffix)").inserted { suffix += 1 }
        return "\(id)-\(suffix)"
    }
}
