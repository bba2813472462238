/// The corpus-wide half of extraction: merges the documents' local entities into one entity
/// per real entity, with a stable id, a canonical name and every surface form as an alias.
///
/// Rules (docs/extraction.md): equal keys merge (same GeoNames id, same type and name);
/// people whose names are transliteration variants merge when first names agree too
/// (`Volodymyr Zelenskiy` / `Volodymyr Zelensky`), and a lone surname joins the one full name
/// it can mean in the corpus (none when two people share it); acronyms join the one
/// organisation whose initials they are (`EU` / `European Union`).
///
/// Deterministic and independent of sharding: the result depends only on the set of partials
/// (they are sorted by document index first, and every rule works on sorted keys).
public enum EntityMerger {
    /// Merges `partials` into the corpus's entities (sorted by id) and mentions (document
    /// order, then start offset): `merge(count:resolution:document:)` over them in document order.
    public static func merge(_ partials: [DocumentEntities]) -> (entities: [Entity], mentions: MentionStore) {
        let ordered = partials.sorted { ($0.documentIndex, $0.documentID) < ($1.documentIndex, $1.documentID) }
        return merge(count: ordered.count) { ordered[$0] }
    }

    /// The merge every caller runs (`newskit export` and `merge`, `EntityExtraction`): reads each
    /// document's results once, in corpus order (`document(i)` for document `i`), folding its
    /// entities into one row per key (`KeyRow.Accumulator`) and its mentions into a packed store
    /// under local keys, then resolves the keys and maps them to entity ids. Memory grows with
    /// the distinct keys and the packed mentions, not with the documents' results. The same
    /// stages, run apart, are what a Spark job runs (`KeyRow`, `resolve`, `EntityResolution`).
    /// - Parameter resolution: the entity merge computed elsewhere (`newskit merge-step
    ///   resolve`), or nil to compute it from the documents' keys.
    public static func merge(
        count: Int, resolution: EntityResolution? = nil, document: (Int) throws -> DocumentEntities
    ) rethrows -> (entities: [Entity], mentions: MentionStore) {
        var keys = KeyRow.Accumulator()
        var keyed = MentionStore.Builder()
        for position in 0..<count {
            let partial = try document(position)
            if resolution == nil { keys.add(partial) }
            EntityResolution.appendKeyedMentions(of: partial, to: &keyed)
        }
        let resolved = resolution ?? resolve(keys.rows)
        return (resolved.entities, resolved.resolving(keyed.finish()))
    }

    /// Merges the keys of `rows` (rows of one key are combined first) into entities and
    /// the id of every key. Needs every key of the corpus at once: the rules compare keys.
    public static func resolve(_ rows: [KeyRow]) -> EntityResolution {
        let table = KeyTable(rows)
        var clusters = UnionFind(table.keys)
        PersonVariantRule.apply(table, to: &clusters)
        AcronymRule.apply(table, to: &clusters)
        let (entities, idOfKey) = buildEntities(table, clusters: clusters)
        return EntityResolution(entities: entities, idOfKey: idOfKey)
    }

    private static func buildEntities(_ table: KeyTable, clusters: UnionFind) -> ([Entity], [String: String]) {
        var entities: [Entity] = []
        var idOfKey: [String: String] = [:]
        var usedIDs: Set<String> = []
        for (_, members) in clusters.groups() {
            let infos = members.compactMap { table.info[$0] }
            guard let canonical = canonicalMember(infos) else { continue }
            var entity = makeEntity(from: canonical, members: infos)
            var id = entity.id, suffix = 2
            while usedIDs.contains(id) { id = "\(entity.id)-\(suffix)"; suffix += 1 }
            entity.id = id
            usedIDs.insert(id)
            for member in members { idOfKey[member] = id }
            entities.append(entity)
        }
        return (entities.sorted { $0.id < $1.id }, idOfKey)
    }

    /// The member that names the cluster: a gazetteer place if any, else the fullest,
    /// most widely used name.
    private static func canonicalMember(_ infos: [KeyTable.Info]) -> KeyTable.Info? {
        infos.min { a, b in
            let left = (a.place == nil ? 1 : 0, -a.wordCount, -a.documentCount, a.name)
            let right = (b.place == nil ? 1 : 0, -b.wordCount, -b.documentCount, b.name)
            return left < right
        }
    }

    private static func makeEntity(from canonical: KeyTable.Info, members: [KeyTable.Info]) -> Entity {
        let surfaces = Set(members.flatMap(\.surfaces))
        let aliases = surfaces.subtracting([canonical.name]).sorted()
        if let place = canonical.place {
            return Entity(id: place.entityID, type: place.entityType, name: place.name, aliases: aliases,
                          geonameID: place.geonameID, latitude: place.latitude, longitude: place.longitude,
                          countryCode: place.countryCode, admin1: place.admin1, population: place.population > 0 ? place.population : nil,
                          featureClass: place.featureClass)
        }
        return Entity(id: EntityKey.make(type: canonical.type, name: canonical.name), type: canonical.type,
                      name: canonical.name, aliases: aliases)
    }
}
