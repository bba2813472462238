@testable import Core
import Testing

/// The post-processing rules that use cues around a span: teams, platforms, credits, trailing
/// titles, appositions, `The` in names. Texts and labels are written here.
@Suite struct SpanCueTests {
    private func extract(_ text: String, _ labels: [String: SpanLabel], title: String? = nil) -> DocumentEntities {
        let extraction = DocumentExtraction(tokenizer: Tokenizer(), tagger: StandInTagger(labels: labels), gazetteer: TestGazetteer.gazetteer)
        return extraction.extract(Document(id: "d", title: title, text: text), index: 0)
    }

    private func types(_ found: DocumentEntities) -> [String: EntityType] {
        Dictionary(found.entities.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func aClubNamedAfterItsCityStaysAnOrganisationNextToAScore() {
        let found = extract("Moscow beat Kyiv 2-1 on Sunday.", ["Moscow": .org, "Kyiv": .org])
        #expect(types(found) == ["Moscow": .org, "Kyiv": .org])
    }

    @Test func fixturesAndTablesKeepTeams() {
        #expect(types(extract("MOSCOW AT DONETSK", ["MOSCOW": .org, "DONETSK": .org])).values.allSatisfy { $0 == .org })
        #expect(types(extract("Donetsk 4 2 1 1 7 5 7", ["Donetsk": .org])) == ["Donetsk": .org])
    }

    @Test func aCitySpeakingIsStillRescuedAsTheCity() {
        // No score, fixture word or result verb next to it: `Moscow said` is the city (metonymy).
        let found = extract("Moscow said the talks would go on.", ["Moscow": .org])
        #expect(found.entities.first?.type == .city)
    }

    @Test func aDatelineYearIsNotAScore() {
        #expect(TeamContext.isScore("2-1"))
        #expect(TeamContext.isScore("4"))
        #expect(!TeamContext.isScore("1996-08-30"))
        #expect(!TeamContext.isScore("2022"))
        #expect(!TeamContext.isScore(".538"))
    }

    @Test func aPlaceSomeoneWroteOnIsAPlatform() {
        let found = extract("The adviser wrote on Zapbook that dozens had died.", ["Zapbook": .location])
        #expect(types(found) == ["Zapbook": .org])
    }

    @Test func anUntaggedPlatformAfterSaidOnIsFound() {
        let found = extract("The analyst said on Chirper that the worst was ahead.", [:])
        #expect(types(found) == ["Chirper": .org])
        // A day after `said on` is a time, not a medium.
        #expect(extract("The analyst said on Monday that talks failed.", [:]).entities.isEmpty)
    }

    @Test func aPhotoCreditNamesItsAgencies() {
        let found = extract("Shelling hit the square. Anna Petrenko / NPA - Lumen Vale", ["Anna Petrenko": .person, "Lumen Vale": .misc])
        #expect(types(found) == ["Anna Petrenko": .person, "NPA": .org, "Lumen Vale": .org])
    }

    @Test func anUntaggedPhotographerBeforeTheAgenciesIsAPerson() {
        // The credit is glued to the caption's last word, and the tagger found nobody.
        let found = extract("Shelling hit the square on Monday.Anna Petrenko / NPA - Lumen Vale\n\nThe city was calm.", ["Lumen Vale": .misc])
        #expect(types(found) == ["Anna Petrenko": .person, "NPA": .org, "Lumen Vale": .org])
    }

    @Test func aSlashWithoutAgenciesOrAfterALongRunMakesNoPhotographer() {
        #expect(CreditLine.photographers([], tokens: Tokenizer().tokenize("Prices rose for Anna Petrenko / the fourth time")).isEmpty)
        #expect(CreditLine.photographers([], tokens: Tokenizer().tokenize("The Lumen Vale Press Office Team / NPA")).isEmpty)
        #expect(CreditLine.photographers([], tokens: Tokenizer().tokenize("Anna/NPA")).isEmpty)
        let tokens = Tokenizer().tokenize("Photo: Anna Petrenko / NPA")
        #expect(CreditLine.photographers([], tokens: tokens) == [TaggedSpan(label: .person, range: 2..<4)])
    }

    @Test func aSpacedDashOutsideACreditDoesNotMakeAgencies() {
        // No photographer before a slash: nothing is retyped.
        let found = extract("Talks went on - Lumen Vale reported.", ["Lumen Vale": .misc])
        #expect(found.entities.isEmpty)
    }

    @Test func anOrganisationLosesATrailingTitle() {
        let found = extract("NATO Secretary-General Jens Stoltenberg spoke.", ["NATO Secretary": .org, "General Jens Stoltenberg": .person])
        #expect(found.entities.contains { $0.name == "NATO" && $0.type == .org })
        #expect(!found.entities.contains { $0.name.contains("Secretary") })
    }

    @Test func aLoneCompassAdjectiveIsNoOrganisation() {
        #expect(extract("Western nations imposed sanctions.", ["Western": .org]).entities.isEmpty)
    }

    @Test func aNameAfterATitleAndACommaIsAPerson() {
        let found = extract("Kharkiv's mayor, Igor Terekhov, said four people died.", ["Kharkiv": .location, "Igor Terekhov": .org])
        #expect(types(found)["Igor Terekhov"] == .person)
    }

    @Test func aPalaceThatSpeaksIsAnOrganisation() {
        let found = extract("The Elysee Palace said the call lasted an hour.", ["Elysee Palace": .person])
        #expect(types(found) == ["Elysee Palace": .org])
    }

    @Test func aCapitalisedTheInsideASentenceStaysInTheName() {
        let found = extract("Judges met in The Hague on Monday. The Hague is calm.", ["The Hague": .location])
        #expect(found.mentions.map(\.text) == ["The Hague", "Hague"])
    }
}

extension SpanCueTests {
    @Test func eventsAreNoOrganisations() {
        let found = extract("She won the Lakeside Open and the Harbour Championship.", ["Lakeside Open": .org, "Harbour Championship": .location])
        #expect(found.entities.isEmpty)
    }
}
