import Core

/// Writes the mentioned cities as an RFC 7946 GeoJSON FeatureCollection
/// (https://www.rfc-editor.org/rfc/rfc7946): one Point feature per CITY entity with coordinates,
/// most mentioned first (then by name, GeoNames id, entity id), `id` = GeoNames id, a `bbox`,
/// no `crs` (RFC 7946 coordinates are always WGS 84 longitude, latitude). Leaves out people,
/// organisations, countries and other places, and cities without coordinates (counted in one
/// warning). A corpus without places gives a valid empty FeatureCollection.
///
/// `--option sequence=rs` writes an RFC 8142 GeoJSON text sequence (each feature preceded by
/// the RS character, `application/geo+json-seq`); `sequence=lines` writes newline-delimited
/// GeoJSON (GeoJSONL: one feature per line), which GDAL's GeoJSONSeq driver, tippecanoe and
/// `jq -c` read. Both stream well for very large layers. `--option places=all` adds every other
/// place with a point (countries, states and provinces, counties, regions, seas, continents),
/// each with a `feature_class` property. Properties: `FeatureBuilder`.
public struct GeoJSONExporter: SliceExporter {
    public init() {}

    /// The `sequence` option's values.
    enum Sequence: String, CaseIterable {
        case none, rs, lines
    }

    public let descriptor = ExporterDescriptor(
        name: "geojson",
        summary: "Mentioned cities as an RFC 7946 GeoJSON FeatureCollection of points",
        defaultFileName: "places.geojson",
        mediaType: "application/geo+json",
        options: [
            ExporterOption(
                name: "sequence",
                help: "none: one FeatureCollection; rs: RFC 8142 GeoJSON text sequence (application/geo+json-seq); lines: one feature per line (GeoJSONL).",
                defaultValue: Sequence.none.rawValue, allowedValues: Sequence.allCases.map(\.rawValue)),
            ExporterOption(
                name: "places",
                help: "cities: one point per mentioned city; all: every mentioned place with a point, with a feature_class property.",
                defaultValue: PlaceLayer.Selection.cities.rawValue, allowedValues: PlaceLayer.Selection.allCases.map(\.rawValue)),
        ])

    public func export(_ corpus: Corpus, to destination: ExportDestination, context: ExportContext) throws {
        try write(to: destination, context: context) { PlaceLayer(corpus, selecting: $0) }
    }

    /// The layer from row slices (`newskit merge --slices`): the features are per entity, so they
    /// come from the entities and their usage folded from the slices; no row is read.
    public func export(_ slices: RowSlices, to destination: ExportDestination, context: ExportContext) throws {
        try write(to: destination, context: context) { PlaceLayer(entities: slices.entities, usage: slices.usage, selecting: $0) }
    }

    /// Writes the layer `makeLayer` builds for the `places` option's selection.
    private func write(to destination: ExportDestination, context: ExportContext,
                       makeLayer: (PlaceLayer.Selection) -> PlaceLayer) throws {
        try context.options.validate(against: descriptor)
        let raw = try context.options.choice(
            "sequence", exporter: descriptor.name, allowed: Sequence.allCases.map(\.rawValue), default: Sequence.none.rawValue)
        let sequence = Sequence(rawValue: raw) ?? .none
        let selection = PlaceLayer.Selection(rawValue: try context.options.choice(
            "places", exporter: descriptor.name, allowed: PlaceLayer.Selection.allCases.map(\.rawValue),
            default: PlaceLayer.Selection.cities.rawValue)) ?? .cities
        let withClass = selection == .all
        let sink = try destination.byteSink(for: descriptor.name)
        let layer = makeLayer(selection)
        if let warning = layer.unlocatedWarning {
            context.diagnostics.warn(warning, at: descriptor.name)
        }
        switch sequence {
        case .none:
            try writeCollection(layer.places, withClass: withClass, to: sink)
        case .rs:
            for place in layer.places { try sink.write("\u{1E}" + FeatureBuilder.feature(place, withClass: withClass) + "\n") }
        case .lines:
            for place in layer.places { try sink.write(FeatureBuilder.feature(place, withClass: withClass) + "\n") }
        }
    }

    /// One feature per line inside the collection, so diffs and `grep` stay readable.
    private func writeCollection(_ places: [MappedPlace], withClass: Bool, to sink: any ByteSink) throws {
        var head = "{\"type\":\"FeatureCollection\""
        if let bbox = FeatureBuilder.boundingBox(places) { head += ",\"bbox\":\(bbox)" }
        head += ",\"features\":["
        try sink.write(head)
        for (index, place) in places.enumerated() {
            try sink.write((index == 0 ? "\n" : ",\n") + FeatureBuilder.feature(place, withClass: withClass))
        }
        try sink.write(places.isEmpty ? "]}\n" : "\n]}\n")
    }
}
