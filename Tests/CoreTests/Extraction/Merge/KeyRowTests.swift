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
}
