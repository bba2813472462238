import Core
import Testing

@Suite struct KeyRowTests {
    private let rows = [
        KeyRow(key: "person:maria-lopez", type: .person, name: "Maria Lopez", place: nil, surfaces: ["Lopez", "Maria Lopez"], documents: 1),
        KeyRow(key: "person:maria-lopez", type: .person, name: "Maria López", place: nil, surfaces: ["Maria López"], documents: 2),
        KeyRow(key: "person:maria-lopez", type: .person, name: "Maria Lopez", place: nil, surfaces: ["Lopez", "M. Lopez"], documents: 1),
    ]

    @Test func combiningKeepsTheSmallestNameTheUnionOfSurfacesAndTheSumOfDocuments() {
        let combined = rows[0].combined(with: rows[1]).combined(with: rows[2])
        #expect(combined.name == "Maria Lopez")
        #expect(combined.surfaces == ["Lopez", "M. Lopez", "Maria Lopez", "Maria López"])
        #expect(combined.documents == 4)
    }

    @Test func combiningDoesNotDependOnOrderOrGrouping() {
        let left = rows[0].combined(with: rows[1]).combined(with: rows[2])
        let right = rows[2].combined(with: rows[1].combined(with: rows[0]))
        #expect(left == right)
        #expect(KeyRow.combining(rows.reversed()) == [left])
    }

    /// Rows combined already are taken as they are; anything else is combined, down to surfaces
    /// that differ in bytes but not as strings (a precomposed and a decomposed é).
    @Test func combiningCombinedRowsGivesThemBack() {
        let other = KeyRow(key: "org:un", type: .org, name: "UN", place: nil, surfaces: ["U.N.", "UN"], documents: 3)
        let combined = KeyRow.combining(rows + [other])
        #expect(combined.map(\.key) == ["org:un", "person:maria-lopez"])
        #expect(KeyRow.combining(combined) == combined)
        let unsorted = KeyRow(key: "org:un", type: .org, name: "UN", place: nil, surfaces: ["UN", "U.N."], documents: 3)
        #expect(KeyRow.combining([unsorted]).first?.surfaces == ["U.N.", "UN"])
        let accents = KeyRow(key: "person:jose", type: .person, name: "José", place: nil, surfaces: ["Jos\u{E9}", "Jose\u{301}"], documents: 1)
        #expect(KeyRow.combining([accents]).first?.surfaces.count == 1)
        #expect(KeyRow.combining([other, other]) == [KeyRow(key: "org:un", type: .org, name: "UN", place: nil, surfaces: ["U.N.", "UN"], documents: 6)])
    }
}
