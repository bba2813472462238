/// Greedy label placement: each label, in priority order, takes the first of eight positions
/// around its marker (then the same eight a little further out) whose box stays inside the map
/// and overlaps no marker centre and no label placed before it; a label with no free position
/// is left out. (Imhof's preference order: right, left, above, below, then the diagonals.)
/// Labels may cover the rim of a neighbouring circle, never its centre: in a cluster of
/// cities, demanding whole circles free leaves the biggest city without a name.
struct LabelPlacer {
    struct Box: Equatable {
        var minX: Double, minY: Double, maxX: Double, maxY: Double
        func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    /// A placed label: its text anchor point and SVG `text-anchor`.
    struct Placement: Equatable {
        var x: Double, y: Double
        var anchor: String
        var box: Box
    }

    let bounds: Box
    let fontSize: Double
    private(set) var taken: [Box]

    /// - Parameter markers: boxes around every marker's centre (labels must not cover them).
    init(bounds: Box, fontSize: Double, markers: [Box]) {
        self.bounds = bounds
        self.fontSize = fontSize
        taken = markers
    }

    /// Places `text` next to a marker at (`x`, `y`) with radius `r`, or returns nil.
    mutating func place(_ text: String, x: Double, y: Double, r: Double) -> Placement? {
        let width = LabelPlacer.estimatedWidth(text, fontSize: fontSize), height = fontSize * 1.15
        for extra in [0.0, 6.0] {
            if let placement = place(width: width, height: height, x: x, y: y, r: r + extra) { return placement }
        }
        return nil
    }

    private mutating func place(width: Double, height: Double, x: Double, y: Double, r: Double) -> Placement? {
        let gap = r + 3, ascent = fontSize * 0.8, diagonal = r * 0.7 + 2
        // (anchor x, baseline y, text-anchor) for each candidate.
        let candidates: [(Double, Double, String)] = [
            (x + gap, y + ascent / 2 - 1, "start"),
            (x - gap, y + ascent / 2 - 1, "end"),
            (x, y - gap - 2, "middle"),
            (x, y + gap + ascent, "middle"),
            (x + diagonal, y - diagonal - 1, "start"),
            (x - diagonal, y - diagonal - 1, "end"),
            (x + diagonal, y + diagonal + ascent, "start"),
            (x - diagonal, y + diagonal + ascent, "end"),
        ]
        for (ax, baseline, anchor) in candidates {
            let left = anchor == "start" ? ax : anchor == "end" ? ax - width : ax - width / 2
            let box = Box(minX: left - 1, minY: baseline - ascent - 1, maxX: left + width + 1, maxY: baseline - ascent + height + 1)
            guard box.minX >= bounds.minX, box.maxX <= bounds.maxX, box.minY >= bounds.minY, box.maxY <= bounds.maxY,
                  !taken.contains(where: { $0.overlaps(box) }) else { continue }
            taken.append(box)
            return Placement(x: ax, y: baseline, anchor: anchor, box: box)
        }
        return nil
    }

    /// A generous width estimate for sans-serif text: wide scripts and emoji count double.
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20: ems += 0.3
            case 0x300..<0x370, 0x200B...0x200F: continue // combining marks, zero-width and direction marks
            case 0x1100...0x11FF, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F000...0x1FAFF:
                ems += 1.1
            case 0x41...0x5A: ems += 0.7 // capitals
            default: ems += 0.6
            }
        }
        return ems * fontSize
    }
}
