import Core
import Foundation

/// Draws mentioned places as a self-contained SVG: Natural Earth country outlines (countries
/// holding a place shaded), a circle per place whose area grows with its mentions, labels for
/// the most mentioned places where they fit without overlapping, a title, a size legend and the
/// attribution. No scripts, no fonts or images fetched: it renders the same offline, in a
/// browser, in an EPUB reader or through rsvg-convert. Deterministic: same places, same bytes.
///
/// The EPUB digest embeds the same picture: `try MapRenderer().svg(for: corpus)`.
public struct MapRenderer: Sendable {
    /// Width of the picture in SVG user units (pixels).
    public var width: Double
    /// Height of the map itself; the picture adds a title band above and a legend band below.
    public var mapHeight: Double
    /// How many of the most mentioned places may get a label.
    public var maxLabels: Int
    /// ISO codes of countries the articles name themselves, shaded darker than countries that
    /// only hold a mentioned city (empty: no such shading, the default picture).
    public var namedCountries: Set<String> = []

    static let titleBand = 54.0, legendBand = 40.0
    static let minRadius = 3.0, maxRadius = 14.0

    public init(width: Double = 960, mapHeight: Double = 540, maxLabels: Int = 15) {
        self.width = width
        self.mapHeight = mapHeight
        self.maxLabels = maxLabels
    }

    /// The map of the cities mentioned in `corpus`, titled with its title.
    /// - Throws: `MapError` when the bundled outlines are missing.
    public func svg(for corpus: Corpus) throws -> String {
        try svg(for: PlaceLayer(corpus), title: MapRenderer.title(for: corpus))
    }

    /// "Places in <corpus title>", or "Places mentioned" for a corpus without a title.
    public static func title(for corpus: Corpus) -> String {
        corpus.title.map { "Places in \($0)" } ?? "Places mentioned"
    }

    /// The map of `layer`'s places under `title`: a standalone SVG document starting with an XML
    /// declaration. Its one `id` (`newskit-map-clip`) is prefixed so that the SVG can also be
    /// inlined in XHTML (drop the first line then).
    /// - Throws: `MapError` when the bundled outlines are missing.
    public func svg(for layer: PlaceLayer, title: String) throws -> String {
        let outline = try WorldOutline.bundled.get()
        let height = MapRenderer.titleBand + mapHeight + MapRenderer.legendBand
        let frame = MapFrame(x: 0, y: MapRenderer.titleBand, width: width, height: mapHeight,
                             fitting: layer.places.map { ($0.longitude, $0.latitude) })
        var svg = SVGText()
        svg.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        svg.line("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(svg.n(width))\" height=\"\(svg.n(height))\" viewBox=\"0 0 \(svg.n(width)) \(svg.n(height))\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">")
        svg.line("<title>\(XMLText.escape(title))</title>")
        svg.line("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        svg.line("<clipPath id=\"newskit-map-clip\"><rect x=\"\(svg.n(frame.x))\" y=\"\(svg.n(frame.y))\" width=\"\(svg.n(frame.width))\" height=\"\(svg.n(frame.height))\"/></clipPath>")
        svg.line("<rect x=\"\(svg.n(frame.x))\" y=\"\(svg.n(frame.y))\" width=\"\(svg.n(frame.width))\" height=\"\(svg.n(frame.height))\" fill=\"#dcebf5\"/>")
        drawCountries(outline, frame: frame, highlighted: Set(layer.places.compactMap(\.countryCode)), named: namedCountries, into: &svg)
        let markers = drawMarkers(layer.places, frame: frame, into: &svg)
        drawLabels(layer.places, markers: markers, frame: frame, into: &svg)
        svg.line("<rect x=\"\(svg.n(frame.x))\" y=\"\(svg.n(frame.y))\" width=\"\(svg.n(frame.width))\" height=\"\(svg.n(frame.height))\" fill=\"none\" stroke=\"#7f8c8d\" stroke-width=\"1\"/>")
        drawTitle(title, layer: layer, frame: frame, into: &svg)
        drawLegend(layer.places, top: frame.y + frame.height, into: &svg)
        svg.line("</svg>")
        return svg.text
    }

    private func drawCountries(_ outline: WorldOutline, frame: MapFrame, highlighted: Set<String>, named: Set<String>,
                               into svg: inout SVGText) {
        svg.line("<g clip-path=\"url(#newskit-map-clip)\" stroke=\"#9aa5ab\" stroke-width=\"0.6\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">")
        for country in outline.countries where frame.overlaps(country.bounds) {
            var path = ""
            for ring in country.rings {
                for (index, point) in ring.enumerated() {
                    let p = frame.project(point.0, point.1)
                    path += (index == 0 ? "M" : "L") + svg.n(p.x) + " " + svg.n(p.y)
                }
                path += "Z"
            }
            let fill = named.contains(country.code) ? "#e9c98f" : highlighted.contains(country.code) ? "#f3e3c3" : "#f4f1ea"
            svg.line("<path fill=\"\(fill)\" d=\"\(path)\"><title>\(XMLText.escape(country.name))</title></path>")
        }
        svg.line("</g>")
    }

    /// Circles, biggest first so small ones stay visible; returns each place's centre and radius.
    private func drawMarkers(_ places: [MappedPlace], frame: MapFrame, into svg: inout SVGText) -> [(x: Double, y: Double, r: Double)] {
        let most = places.map(\.mentions).max() ?? 0
        let markers = places.map { place -> (x: Double, y: Double, r: Double) in
            let p = frame.project(place.longitude, place.latitude)
            return (p.x, p.y, radius(place.mentions, most: most))
        }
        svg.line("<g fill=\"#c0392b\" fill-opacity=\"0.75\" stroke=\"#ffffff\" stroke-width=\"1\">")
        for index in places.indices.reversed() {
            let m = markers[index], place = places[index]
            svg.line("<circle cx=\"\(svg.n(m.x))\" cy=\"\(svg.n(m.y))\" r=\"\(svg.n(m.r))\"><title>\(XMLText.escape(place.name)): \(place.mentions) mention\(place.mentions == 1 ? "" : "s")</title></circle>")
        }
        svg.line("</g>")
        return markers
    }

    /// Radius on a square-root scale, so a circle's area is proportional to its mentions.
    func radius(_ mentions: Int, most: Int) -> Double {
        guard most > 0 else { return MapRenderer.minRadius }
        return MapRenderer.minRadius + (MapRenderer.maxRadius - MapRenderer.minRadius) * (Double(max(mentions, 0)) / Double(most)).squareRoot()
    }

    private func drawLabels(_ places: [MappedPlace], markers: [(x: Double, y: Double, r: Double)], frame: MapFrame, into svg: inout SVGText) {
        let bounds = LabelPlacer.Box(minX: frame.x + 2, minY: frame.y + 2, maxX: frame.x + frame.width - 2, maxY: frame.y + frame.height - 2)
        var placer = LabelPlacer(bounds: bounds, fontSize: 12, markers: markers.map {
            let core = min($0.r, MapRenderer.minRadius + 1)
            return LabelPlacer.Box(minX: $0.x - core, minY: $0.y - core, maxX: $0.x + core, maxY: $0.y + core)
        })
        svg.line("<g font-size=\"12\" fill=\"#1c2833\" stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" paint-order=\"stroke\">")
        for index in places.indices.prefix(maxLabels) {
            let name = XMLText.escape(places[index].name)
            guard let spot = placer.place(places[index].name, x: markers[index].x, y: markers[index].y, r: markers[index].r) else { continue }
            svg.line("<text x=\"\(svg.n(spot.x))\" y=\"\(svg.n(spot.y))\" text-anchor=\"\(spot.anchor)\">\(name)</text>")
        }
        svg.line("</g>")
    }

    private func drawTitle(_ title: String, layer: PlaceLayer, frame: MapFrame, into svg: inout SVGText) {
        let mentions = layer.places.reduce(0) { $0 + $1.mentions }
        var subtitle = layer.places.isEmpty
            ? "No mentioned city has coordinates"
            : "\(layer.places.count) \(layer.places.count == 1 ? "city" : "cities"), \(mentions) mention\(mentions == 1 ? "" : "s")"
        if !layer.unlocated.isEmpty { subtitle += "; \(layer.unlocated.count) without coordinates not shown" }
        svg.line("<text x=\"12\" y=\"24\" font-size=\"18\" font-weight=\"bold\" fill=\"#1c2833\">\(XMLText.escape(title))</text>")
        svg.line("<text x=\"12\" y=\"44\" font-size=\"12\" fill=\"#566573\">\(XMLText.escape(subtitle))</text>")
        if layer.places.isEmpty {
            svg.line("<text x=\"\(svg.n(frame.x + frame.width / 2))\" y=\"\(svg.n(frame.y + frame.height / 2))\" text-anchor=\"middle\" font-size=\"20\" fill=\"#566573\">No places to show</text>")
        }
    }

    /// Two reference circles (1 mention and the most) and the attribution.
    private func drawLegend(_ places: [MappedPlace], top: Double, into svg: inout SVGText) {
        let middle = top + MapRenderer.legendBand / 2
        let most = places.map(\.mentions).max() ?? 0
        var x = 12.0
        if most > 0 {
            for value in most > 1 ? [1, most] : [most] {
                let r = radius(value, most: most)
                svg.line("<circle cx=\"\(svg.n(x + r))\" cy=\"\(svg.n(middle))\" r=\"\(svg.n(r))\" fill=\"#c0392b\" fill-opacity=\"0.75\" stroke=\"#ffffff\"/>")
                let label = "\(value) mention\(value == 1 ? "" : "s")"
                svg.line("<text x=\"\(svg.n(x + 2 * r + 4))\" y=\"\(svg.n(middle + 4))\" font-size=\"11\" fill=\"#566573\">\(label)</text>")
                x += 2 * r + 12 + LabelPlacer.estimatedWidth(label, fontSize: 11)
            }
            svg.line("<text x=\"\(svg.n(x))\" y=\"\(svg.n(middle + 4))\" font-size=\"11\" fill=\"#566573\">(circle area ∝ mentions)</text>")
        }
        svg.line("<text x=\"\(svg.n(width - 12))\" y=\"\(svg.n(middle + 4))\" text-anchor=\"end\" font-size=\"10\" fill=\"#808b96\">Outlines: Natural Earth (public domain) · equirectangular · newskit</text>")
    }
}

/// Builds the SVG text line by line, with fixed number formatting.
struct SVGText {
    private(set) var text = ""

    mutating func line(_ line: String) {
        text += line
        text += "\n"
    }

    /// One decimal, no `-0`, trailing `.0` dropped: pixel coordinates.
    func n(_ value: Double) -> String {
        NumberFormatting.decimal(value, places: 1)
    }
}
