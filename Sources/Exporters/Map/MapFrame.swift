import Foundation

/// The part of the world the map shows and how it is projected into the map's pixel box.
///
/// Projection: equirectangular with its standard parallel at the centre of the view
/// (x = lon · cos φ₀, y = −lat). Over a country or region this keeps shapes close to what
/// readers know; over the whole world it is the plain plate carrée. Good enough for dots on an
/// outline, and trivial to reproduce in any tool.
struct MapFrame {
    /// The pixel box of the map: origin and size.
    var x: Double, y: Double, width: Double, height: Double
    /// The shown extent in degrees.
    private(set) var west = -180.0, east = 180.0, south = -60.0, north = 85.0
    private var cosine = 1.0
    private var scale = 1.0
    private var offsetX = 0.0, offsetY = 0.0

    /// Smallest extent shown, in degrees of latitude, so one city is not drawn at street level.
    static let minimumSpan = 8.0
    /// Share of the places' extent added on each side.
    static let padding = 0.2

    /// A frame fitted to `points` (longitude, latitude), or to the world when there are none.
    init(x: Double, y: Double, width: Double, height: Double, fitting points: [(Double, Double)]) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        if let first = points.first {
            var w = first.0, e = first.0, s = first.1, n = first.1
            for (lon, lat) in points { w = min(w, lon); e = max(e, lon); s = min(s, lat); n = max(n, lat) }
            fit(west: w, south: s, east: e, north: n)
        } else {
            place() // the world, as initialised
        }
    }

    /// Pads the extent, enforces the minimum span, matches the box's aspect ratio, clamps to
    /// the world, then fixes scale and offsets.
    private mutating func fit(west w: Double, south s: Double, east e: Double, north n: Double) {
        let latPad = max((n - s) * MapFrame.padding, 1), lonPad = max((e - w) * MapFrame.padding, 1)
        var s = s - latPad, n = n + latPad, w = w - lonPad, e = e + lonPad
        cosine = max(cos(((s + n) / 2) * .pi / 180), 0.35)
        if n - s < MapFrame.minimumSpan { let grow = (MapFrame.minimumSpan - (n - s)) / 2; s -= grow; n += grow }
        // Widen whichever side is short of the pixel box's aspect ratio.
        let aspect = width / height
        let projectedWidth = (e - w) * cosine, projectedHeight = n - s
        if projectedWidth / projectedHeight < aspect {
            let grow = (projectedHeight * aspect / cosine - (e - w)) / 2; w -= grow; e += grow
        } else {
            let grow = (projectedWidth / aspect - projectedHeight) / 2; s -= grow; n += grow
        }
        west = max(w, -180); east = min(e, 180); south = max(s, -85); north = min(n, 85)
        place()
    }

    private mutating func place() {
        let projectedWidth = (east - west) * cosine, projectedHeight = north - south
        scale = min(width / projectedWidth, height / projectedHeight)
        offsetX = x + (width - projectedWidth * scale) / 2
        offsetY = y + (height - projectedHeight * scale) / 2
    }

    /// Pixel position of a longitude and latitude.
    func project(_ lon: Double, _ lat: Double) -> (x: Double, y: Double) {
        (offsetX + (lon - west) * cosine * scale, offsetY + (north - lat) * scale)
    }

    /// True when a west, south, east, north box overlaps the shown extent.
    func overlaps(_ bounds: (Double, Double, Double, Double)) -> Bool {
        bounds.0 <= east && bounds.2 >= west && bounds.1 <= north && bounds.3 >= south
    }
}
