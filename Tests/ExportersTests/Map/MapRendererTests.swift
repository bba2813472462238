import Core
@testable import Exporters
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

@Suite struct MapRendererTests {
    /// Circles in the marker group, by place name (from each circle's <title>).
    private func markers(_ svg: String) -> [String: (x: Double, y: Double, r: Double)] {
        var found: [String: (x: Double, y: Double, r: Double)] = [:]
        for line in svg.split(separator: "\n") where line.hasPrefix("<circle cx=") && line.contains("<title>") {
            func value(_ name: String) -> Double {
                guard let range = line.range(of: "\(name)=\"") else { return .nan }
                return Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? .nan
            }
            guard let open = line.range(of: "<title>"), let colon = line[open.upperBound...].range(of: ": ") else { continue }
            found[String(line[open.upperBound..<colon.lowerBound])] = (value("cx"), value("cy"), value("r"))
        }
        return found
    }

    @Test func isWellFormedXMLWithoutScriptsOrRemoteReferences() throws {
        let svg = try MapRenderer().svg(for: Fixtures.placesCorpus())
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "SVG is not well-formed: \(String(describing: parser.parserError))")
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("href"))
        #expect(svg.contains("<title>Places in Test wire, &quot;spring&quot; 2022</title>"))
    }

    @Test func markersSitWhereThePlacesAreAndGrowWithMentions() throws {
        let marks = markers(try MapRenderer().svg(for: Fixtures.placesCorpus()))
        let kharkiv = try #require(marks["Kharkiv"]), kyiv = try #require(marks["Kyiv"])
        let moscow = try #require(marks["Moscow"]), jerusalem = try #require(marks["القدس"])
        #expect(marks.count == 4)
        #expect(kharkiv.x > kyiv.x && moscow.x > kharkiv.x)       // east is right
        #expect(moscow.y < kharkiv.y && jerusalem.y > kharkiv.y)  // north is up
        #expect(kharkiv.r > kyiv.r && kyiv.r == moscow.r && moscow.r > jerusalem.r)
    }

    /// The fill of the country titled `name` in `svg`.
    private func fill(of name: String, in svg: String) -> String? {
        let line = svg.split(separator: "\n").first { $0.hasPrefix("<path fill=") && $0.hasSuffix("<title>\(name)</title></path>") }
        return line.map { String($0.dropFirst("<path fill=\"".count).prefix { $0 != "\"" }) }
    }

    @Test func countriesTheArticlesNameAreShadedDarkerOnRequest() throws {
        let plain = try MapRenderer().svg(for: Fixtures.placesCorpus())
        #expect(fill(of: "Ukraine", in: plain) == "#f3e3c3", "holds a mentioned city")
        var renderer = MapRenderer()
        renderer.namedCountries = ["UA"]
        let named = try renderer.svg(for: Fixtures.placesCorpus())
        #expect(fill(of: "Ukraine", in: named) == "#e9c98f")
        #expect(fill(of: "Russia", in: named) == "#f3e3c3")
    }

    @Test func radiusFollowsASquareRootScale() {
        let renderer = MapRenderer()
        let one = renderer.radius(1, most: 100) - MapRenderer.minRadius
        let hundred = renderer.radius(100, most: 100) - MapRenderer.minRadius
        #expect(abs(hundred / one - 10) < 1e-9)
        #expect(renderer.radius(100, most: 100) == MapRenderer.maxRadius)
    }

    @Test func viewZoomsToThePlacesWithPadding() {
        let frame = MapFrame(x: 0, y: 0, width: 960, height: 540, fitting: [(30.5238, 50.45466), (37.61556, 55.75222)])
        let kyiv = frame.project(30.5238, 50.45466), moscow = frame.project(37.61556, 55.75222)
        for point in [kyiv, moscow] {
            #expect(point.x > 48 && point.x < 912 && point.y > 27 && point.y < 513, "\(point) is at the edge or outside")
        }
        #expect(moscow.x - kyiv.x > 200, "the view is not zoomed in")
    }

    @Test func corpusWithoutPlacesSaysSo() throws {
        let svg = try MapRenderer().svg(for: try Fixtures.sampleCorpus())
        #expect(svg.contains("No places to show"))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(markers(svg).isEmpty)
    }

    @Test func awkwardNamesAreEscaped() throws {
        let layer = PlaceLayer(places: [MappedPlace(entityID: "x", name: "A & <B> \"C\"\n'D'\u{1}", latitude: 10, longitude: 10, mentions: 2)])
        let svg = try MapRenderer().svg(for: layer, title: "T & <T>")
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        // One escaping rule for every XML newskit writes (XMLText): a control character shows as U+FFFD.
        #expect(svg.contains(">A &amp; &lt;B&gt; &quot;C&quot; &#39;D&#39;\u{FFFD}</text>"))
    }

    @Test func outputIsDeterministic() throws {
        #expect(try MapRenderer().svg(for: Fixtures.placesCorpus()) == MapRenderer().svg(for: Fixtures.placesCorpus()))
    }

    @Test func rsvgConvertRendersIt() throws {
        let rsvg = try #require(ExternalTool.find("rsvg-convert"), "\(ExternalTool.missing("rsvg-convert"))")
        let folder = try Fixtures.temporaryFolder("newskit-map")
        let svg = folder.appendingPathComponent("places.svg"), png = folder.appendingPathComponent("places.png")
        try Data(try MapRenderer().svg(for: Fixtures.placesCorpus()).utf8).write(to: svg)
        let result = try ExternalTool.run(rsvg, ["-o", png.path, svg.path])
        #expect(result.status == 0, "rsvg-convert: \(result.stderr)")
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
}
