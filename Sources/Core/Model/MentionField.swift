/// Which of a document's texts a mention's offsets count into: the body (`text`, the default)
/// or the headline (`title`), which readers keep apart from the body.
public enum MentionField: String, Codable, Sendable, Equatable, Hashable, CaseIterable {
    case title
    case text

    /// Table order within a document: headline mentions before body mentions.
    public var order: Int { self == .title ? 0 : 1 }
}
