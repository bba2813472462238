/// A span after place resolution: the entity type it names and, for places found in the
/// gazetteer, the place.
struct ResolvedSpan: Sendable, Equatable {
    var span: CandidateSpan
    var type: EntityType
    var place: GazetteerPlace?
}
