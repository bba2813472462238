/// Groups one document's resolved spans into local entities: one per place, per organisation
/// name, and per person, linking a short name to the full name used in the same document
/// (`Putin` after `Vladimir Putin`, `Mr Herashchenko`).
enum DocumentGrouping {
    static func group<Spans: Sequence<ResolvedSpan>>(_ spans: Spans, documentID: String, documentIndex: Int) -> DocumentEntities {
        let personNames = PersonNames(Array(spans.lazy.filter { $0.type == .person }.map(\.span.text)))
        var entities: [LocalEntity] = []
        var positions: [String: Int] = [:]
        var mentions: [LocalMention] = []
        mentions.reserveCapacity(spans.underestimatedCount)
        for resolved in spans {
            let (key, name) = identity(of: resolved, personNames: personNames)
            guard !key.hasSuffix(":") else { continue }
            let position: Int
            if let existing = positions[key] {
                position = existing
            } else {
                position = entities.count
                positions[key] = position
                entities.append(LocalEntity(key: key, type: resolved.type, name: name, surfaces: [], place: resolved.place))
            }
            if !entities[position].surfaces.contains(resolved.span.text) { entities[position].surfaces.append(resolved.span.text) }
            mentions.append(LocalMention(entity: position, text: resolved.span.text, start: resolved.span.start,
                                         end: resolved.span.end, sentence: resolved.span.sentence))
        }
        for index in entities.indices { entities[index].surfaces.sort() }
        return DocumentEntities(documentID: documentID, documentIndex: documentIndex, entities: entities, mentions: mentions)
    }

    private static func identity(of resolved: ResolvedSpan, personNames: PersonNames) -> (key: String, name: String) {
        if let place = resolved.place { return (place.entityID, place.name) }
        let name = resolved.type == .person ? personNames.fullName(for: resolved.span.text) : resolved.span.text
        return (EntityKey.make(type: resolved.type, name: name), name)
    }
}

/// Makes the non-place entity keys: `person:vladimir-putin`, `org:un` (dots of acronyms dropped).
public enum EntityKey {
    public static func make(type: EntityType, name: String) -> String {
        "\(type.rawValue.lowercased()):\(NameKey.slug(name))"
    }
}

/// The person names of one document and which full name each short form stands for.
struct PersonNames {
    private var full: [String: String] = [:]

    init(_ names: [String]) {
        // Longest first, then by spelling; each name is split into words once (`PersonNameKeys`),
        // not at every comparison.
        let sorted = Set(names).map { (name: $0, keys: PersonNameKeys($0)) }
            .sorted { ($0.keys.words.count, $0.name) > ($1.keys.words.count, $1.name) }
        let distinct = sorted.map(\.name)
        let keys = sorted.map(\.keys)
        for (index, name) in distinct.enumerated() {
            // Longer names come first in `distinct`; equal-length names link to a smaller spelling.
            let targets = Set(distinct.indices.filter { other in
                other != index && (keys[other].words.count > keys[index].words.count
                    || (keys[other].words.count == keys[index].words.count && distinct[other] < name))
                    && keys[index].sameSurname(as: keys[other])
            }.map { full[distinct[$0]] ?? distinct[$0] })
            if targets.count == 1, let target = targets.first {
                full[name] = target
            } else if targets.isEmpty, keys[index].words.count == 1 {
                // A first name alone (`Volodymyr`) stands for the one full name it begins, if only one does.
                let firstNameTargets = Set(distinct.indices.filter { keys[$0].words.count > 1 && keys[$0].words.first == name }
                    .map { full[distinct[$0]] ?? distinct[$0] })
                if firstNameTargets.count == 1, let target = firstNameTargets.first { full[name] = target }
            }
        }
    }

    /// The fullest name `name` stands for in this document (itself when none).
    func fullName(for name: String) -> String { full[name] ?? name }

    /// `al-Assad` → `Assad`: a lowercase particle before a hyphen is not part of the surname's core.
    static func surnameCore(_ word: String) -> String {
        guard let hyphen = word.firstIndex(of: "-"), word.first?.isLowercase == true else { return word }
        let rest = word[word.index(after: hyphen)...]
        return rest.first?.isUppercase == true ? String(rest) : word
    }
}
