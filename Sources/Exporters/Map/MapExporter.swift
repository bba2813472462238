import Core

/// Writes `places.svg`, a map of the mentioned cities (see `MapRenderer`): the view is zoomed to
/// the places with some padding, markers are sized by mentions and the most mentioned places
/// are labelled where labels fit. Leaves out every entity that is not a CITY with coordinates
/// (cities without coordinates are counted in a warning and in the subtitle). A corpus without
/// places gives a world map saying so. `--option countries=named` also shades, darker, every
/// country the articles name (a COUNTRY entity), not only those holding a mentioned city.
public struct MapExporter: Exporter {
    public init() {}

    public let descriptor = ExporterDescriptor(
        name: "map",
        summary: "Mentioned cities on a world or regional map, as a self-contained SVG picture",
        defaultFileName: "places.svg",
        mediaType: "image/svg+xml",
        options: [
            ExporterOption(name: "labels", help: "How many of the most mentioned places may get a label (0 to 100).", defaultValue: "15"),
            ExporterOption(name: "countries", help: "cities: shade the countries holding a mentioned city; named: also shade, darker, the countries the articles name.",
                           defaultValue: "cities", allowedValues: ["cities", "named"]),
        ])

    public func export(_ corpus: Corpus, to destination: ExportDestination, context: ExportContext) throws {
        try context.options.validate(against: descriptor)
        let labels = try context.options.integer("labels", exporter: descriptor.name, in: 0...100, default: 15)
        let countries = try context.options.choice("countries", exporter: descriptor.name, allowed: ["cities", "named"], default: "cities")
        var renderer = MapRenderer(maxLabels: labels)
        if countries == "named" {
            renderer.namedCountries = Set(corpus.entities.filter { $0.type == .country }.compactMap(\.countryCode))
        }
        let sink = try destination.byteSink(for: descriptor.name)
        let layer = PlaceLayer(corpus)
        if let warning = layer.unlocatedWarning {
            context.diagnostics.warn(warning, at: descriptor.name)
        }
        try sink.write(try renderer.svg(for: layer, title: MapRenderer.title(for: corpus)))
    }
}
