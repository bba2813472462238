import Core
import Testing

@Suite struct EntityMergerTests {
    private static let labels: [String: SpanLabel] = [
        "Vladimir Putin": .person, "Putin": .person, "Volodymyr Zelenskiy": .person, "Volodymyr Zelensky": .person,
        "Zelenskyy": .person, "Anton Herashchenko": .person, "Anton Gerashchenko": .person, "Igor Terekhov": .person,
        "Ihor Terekhov": .person, "Joe Biden": .person, "Hunter Biden": .person, "Biden": .person,
        "European Union": .org, "EU": .org, "United Nations": .org, "U.N.": .org, "UN": .org, "Kharkiv": .location,
        "Kharkov": .location, "US": .location, "United States": .location,
    ]

    private static let texts = [
        "Vladimir Putin met aides. Putin spoke about Kharkiv and the European Union.",
        "Volodymyr Zelenskiy said Anton Herashchenko was right. The EU agreed. Igor Terekhov spoke in Kharkov.",
        "Zelenskyy and Volodymyr Zelensky both appear. Anton Gerashchenko and Ihor Terekhov spoke at the U.N.",
        "The United Nations met. Joe Biden and Hunter Biden travelled. Biden spoke. The US agreed.",
        "Joe Biden spoke in the United States. Biden left.",
    ]

    private func partials() -> [DocumentEntities] {
        let extraction = TestGazetteer.extraction(Self.labels)
        return Self.texts.enumerated().map { extraction.extract(Document(id: "doc\($0.offset)", text: $0.element), index: $0.offset) }
    }

    private func entity(_ surface: String, _ entities: [Entity]) -> Entity? {
        entities.first { $0.name == surface || $0.aliases.contains(surface) }
    }

    @Test func shortNameJoinsTheFullNameInItsDocument() {
        let (entities, mentions) = EntityMerger.merge(partials())
        let putin = entity("Putin", entities)
        #expect(putin?.id == "person:vladimir-putin")
        #expect(putin?.name == "Vladimir Putin")
        #expect(mentions.filter { $0.entityID == putin?.id }.map(\.text) == ["Vladimir Putin", "Putin"])
    }

    @Test func transliterationVariantsMergeAcrossDocuments() {
        let (entities, _) = EntityMerger.merge(partials())
        let zelensky = entity("Volodymyr Zelenskiy", entities)
        #expect(Set(zelensky?.aliases ?? []).union([zelensky?.name ?? ""])
            == ["Volodymyr Zelenskiy", "Volodymyr Zelensky", "Zelenskyy"])
        #expect(entity("Anton Gerashchenko", entities)?.id == entity("Anton Herashchenko", entities)?.id)
        #expect(entity("Igor Terekhov", entities)?.id == entity("Ihor Terekhov", entities)?.id)
        #expect(entity("Kharkov", entities)?.id == "geonames:706483")
    }

    @Test func transliterationKeysMeetAcrossRomanisations() {
        #expect(NameKey.transliteration("Zelenskiy") == NameKey.transliteration("Zelenskyy"))
        #expect(NameKey.transliteration("Zelensky") == "zelenski")
        #expect(NameKey.transliteration("Gerashchenko") == NameKey.transliteration("Herashchenko"))
        #expect(NameKey.transliteration("Igor") == NameKey.transliteration("Ihor"))
        #expect(NameKey.transliteration("Biden") != NameKey.transliteration("Bidet"))
    }

    @Test func differentPeopleWithOneSurnameStayApart() {
        let (entities, mentions) = EntityMerger.merge(partials())
        let joe = entity("Joe Biden", entities), hunter = entity("Hunter Biden", entities)
        #expect(joe != nil && hunter != nil && joe?.id != hunter?.id)
        // In doc3 `Biden` could be either; in doc4 only Joe Biden is named, so it is his.
        let doc4Biden = mentions.first { $0.documentID == "doc4" && $0.text == "Biden" }
        #expect(doc4Biden?.entityID == joe?.id)
        let doc3Biden = mentions.first { $0.documentID == "doc3" && $0.text == "Biden" }
        #expect(doc3Biden?.entityID != joe?.id && doc3Biden?.entityID != hunter?.id)
    }

    @Test func acronymsJoinTheirExpansions() {
        let (entities, _) = EntityMerger.merge(partials())
        #expect(entity("EU", entities)?.name == "European Union")
        #expect(entity("U.N.", entities)?.name == "United Nations")
        #expect(entity("US", entities)?.id == "geonames:6252001")
        #expect(entity("United States", entities)?.id == "geonames:6252001")
    }

    @Test func mergeIsIndependentOfOrderAndSharding() {
        let all = partials()
        let reference = EntityMerger.merge(all)
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<5 {
            let shuffled = all.shuffled(using: &generator)
            let cut = Int.random(in: 0...shuffled.count, using: &generator)
            let resharded = Array(shuffled[cut...]) + Array(shuffled[..<cut])
            let merged = EntityMerger.merge(resharded)
            #expect(merged.entities == reference.entities)
            #expect(merged.mentions == reference.mentions)
        }
        #expect(reference.entities.map(\.id) == reference.entities.map(\.id).sorted())
        #expect(Set(reference.entities.map(\.id)).count == reference.entities.count)
    }
}

/// A small deterministic random generator (SplitMix64) so shuffles repeat run after run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
