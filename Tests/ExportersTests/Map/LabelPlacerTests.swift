@testable import Exporters
import Testing

@Suite struct LabelPlacerTests {
    private let bounds = LabelPlacer.Box(minX: 0, minY: 0, maxX: 400, maxY: 300)

    @Test func crowdedLabelsNeverOverlapEachOtherOrMarkers() {
        let points: [(Double, Double)] = (0..<30).map { index in
            let column = Double(index % 6), row = Double(index / 6)
            return (200 + column * 9, 150 + row * 7)
        }
        let markers = points.map { LabelPlacer.Box(minX: $0.0 - 4, minY: $0.1 - 4, maxX: $0.0 + 4, maxY: $0.1 + 4) }
        var placer = LabelPlacer(bounds: bounds, fontSize: 12, markers: markers)
        var placed: [LabelPlacer.Box] = []
        for (index, point) in points.enumerated() {
            if let spot = placer.place("Place \(index)", x: point.0, y: point.1, r: 4) { placed.append(spot.box) }
        }
        #expect(!placed.isEmpty && placed.count < points.count, "the test should crowd the placer")
        for (i, a) in placed.enumerated() {
            for b in placed[(i + 1)...] { #expect(!a.overlaps(b)) }
            for m in markers { #expect(!a.overlaps(m)) }
            #expect(a.minX >= bounds.minX && a.maxX <= bounds.maxX && a.minY >= bounds.minY && a.maxY <= bounds.maxY)
        }
    }

    @Test func prefersTheRightAndFallsBackToTheLeftAtTheEdge() {
        var placer = LabelPlacer(bounds: bounds, fontSize: 12, markers: [])
        #expect(placer.place("Kyiv", x: 100, y: 100, r: 5)?.anchor == "start")
        #expect(placer.place("Kharkiv", x: 395, y: 200, r: 5)?.anchor == "end")
    }

    @Test func wideScriptsAndEmojiAreEstimatedWider() {
        #expect(LabelPlacer.estimatedWidth("東京", fontSize: 10) > LabelPlacer.estimatedWidth("ab", fontSize: 10))
        #expect(LabelPlacer.estimatedWidth("🚀", fontSize: 10) > LabelPlacer.estimatedWidth("a", fontSize: 10))
    }
}
