/// Keeps document ids unique across a corpus, in corpus order: the rule `CorpusMerge` applies
/// when joining inputs and `PartialSet` applies when joining shards, so both give the same ids.
///
/// A document whose id was already read is either the same article read twice (the caller's
/// `isSame` says so, comparing it with the first document of that id), dropped, or a different
/// one, renamed to `id-2`, `id-3`, … (the first suffix no document has taken yet).
/// Holds every id seen, in one dictionary: about 40 bytes per document with a small token
/// (callers pass an index, not the document).
public struct DocumentIDAssigner<Token> {
    /// What happens to one document.
    public enum Decision {
        /// Kept under this id (the one it had, or a renamed one).
        case keep(String)
        /// The same article as the earlier document with this token: left out, its fields
        /// folded into that one (`ArticleCopies`).
        case drop(sameAs: Token)
    }

    /// Every id taken, with the token of the document that first had it as its own id (nil
    /// for ids made by renaming).
    private var taken: [String: Token?] = [:]

    public init() {}

    /// The decision for the next document in corpus order.
    /// - Parameters:
    ///   - token: what `isSame` needs to compare this document with a later one.
    ///   - isSame: whether two documents of one id are the same article.
    public mutating func assign(id: String, token: Token, isSame: (Token, Token) -> Bool) -> Decision {
        guard let entry = taken[id] else {
            taken[id] = .some(token)
            return .keep(id)
        }
        if let earlier = entry, isSame(earlier, token) { return .drop(sameAs: earlier) }
        var suffix = 2
        while taken["\(id)-\(suffix)"] != nil { suffix += 1 }
        let unique = "\(id)-\(suffix)"
        taken[unique] = .some(nil)
        return .keep(unique)
    }
}

extension DocumentIDAssigner.Decision: Equatable where Token: Equatable {}
