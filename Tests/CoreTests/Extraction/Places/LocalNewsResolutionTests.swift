import Core
import Testing

/// The resolution rules of docs/gazetteer.md ("Resolution"), one story each, as a local paper
/// would write it.
@Suite struct LocalNewsResolutionTests {
    private func place(_ name: String, in text: String, labels: [String]) -> GazetteerPlace? {
        let extraction = LocalNewsGazetteer.extraction(Dictionary(uniqueKeysWithValues: labels.map { ($0, SpanLabel.location) }))
        let entities = extraction.extract(Document(id: "d", text: text), index: 0).entities
        return entities.first { $0.surfaces.contains(name) }?.place
    }

    @Test func aTownNextToItsStateIsTheTownInThatState() {
        let text = "Fire crews in Paris battled the blaze. Tennessee officials said the plant would reopen."
        #expect(place("Paris", in: text, labels: ["Paris", "Tennessee"])?.geonameID == 4647963)
    }

    @Test func aTownNearAnotherTownOfTheStoryIsTheNearOne() {
        let text = "The Paris school board met. Parents drove in from Nashville for the vote."
        #expect(place("Paris", in: text, labels: ["Paris", "Nashville"])?.geonameID == 4647963)
    }

    @Test func anAbbreviatedStateAfterACommaQualifiesTheTown() {
        let text = "Paris, Tenn. — The county fair opened on Friday."
        #expect(place("Paris", in: text, labels: ["Paris"])?.geonameID == 4647963)
        let postal = "The plant in Paris, TN will close."
        #expect(place("Paris", in: postal, labels: ["Paris"])?.geonameID == 4647963)
    }

    @Test func withoutContextTheFamousNamesakeStays() {
        #expect(place("Paris", in: "Talks resumed in Paris on Monday.", labels: ["Paris"])?.geonameID == 2988507)
    }

    @Test func aStateIsNotATownOfItsName() {
        let text = "Virginia lawmakers met in Richmond. Virginia will expand the program."
        let virginia = place("Virginia", in: text, labels: ["Virginia", "Richmond"])
        #expect(virginia?.featureClass == .admin1)
        #expect(virginia?.countryCode == "US")
        #expect(place("Quebec", in: "Hydro crews in Quebec restored power.", labels: ["Quebec"])?.featureClass == .admin1)
    }

    @Test func georgiaInAnAmericanStoryIsTheState() {
        let american = "Flights from Atlanta and Savannah were cancelled as Georgia braced for the storm."
        #expect(place("Georgia", in: american, labels: ["Atlanta", "Savannah", "Georgia"])?.geonameID == 4197000)
        let caucasus = "Turkey warned Armenia, Azerbaijan, Georgia and Iran."
        #expect(place("Georgia", in: caucasus, labels: ["Armenia", "Azerbaijan", "Georgia"])?.kind == .country)
        #expect(place("Georgia", in: "Elections in Georgia were held.", labels: ["Georgia"])?.kind == .country)
    }

    @Test func aStateAfterItsTownIsTheStateNotItsBigCity() {
        let text = "A girl from Buffalo, New York died of the flu."
        #expect(place("New York", in: text, labels: ["Buffalo", "New York"])?.featureClass == .admin1)
        #expect(place("New York", in: "Diplomats met in New York on Monday.", labels: ["New York"])?.kind == .city)
    }

    @Test func theCapitalKeepsItsNameUnlessTheStoryIsAboutTheState() {
        #expect(place("Washington", in: "Lawmakers in Washington passed the bill.", labels: ["Washington"])?.geonameID == 4140963)
        let state = "Rain fell from Seattle to Spokane as Washington declared an emergency."
        #expect(place("Washington", in: state, labels: ["Seattle", "Spokane", "Washington"])?.featureClass == .admin1)
    }

    @Test func wordsAroundTheNameChooseTheKind() {
        #expect(place("New York", in: "The governor of the state of New York spoke.", labels: ["New York"])?.featureClass == .admin1)
        #expect(place("Laurel County", in: "Deputies in Laurel County made an arrest.", labels: ["Laurel County"])?.featureClass == .admin2)
        #expect(place("Quebec Province", in: "Snow fell across Quebec Province.", labels: ["Quebec Province"])?.featureClass == .admin1,
                "the gazetteer has the province by its bare name")
    }

    @Test func anAreaNamedAfterAPlaceTakesThatPlacesPoint() {
        let seattle = place("Seattle", in: "Smoke hung over the Seattle area on Friday.", labels: ["Seattle"])
        #expect(seattle?.kind == .region, "the area stays a location")
        #expect(seattle?.latitude == 47.61 && seattle?.longitude == -122.33, "a town of 100,000 or more needs no other evidence")
        let town = "Mines in the Virginia district of South Africa closed."
        #expect(place("Virginia", in: town, labels: ["Virginia", "South Africa"])?.countryCode == "ZA",
                "the town whose country the story names")
        let division = "Schools in the Virginia district near Richmond closed."
        #expect(place("Virginia", in: division, labels: ["Virginia", "Richmond"])?.featureClass == .admin1,
                "a division of the other level before a town")
        #expect(place("Virginia", in: "Mines in the Virginia district closed.", labels: ["Virginia"]) == nil,
                "a small town of a country the story does not name is not the district")
        #expect(place("Seattle", in: "She lives in the Seattle neighborhood of a small town.", labels: ["Seattle"]) == nil,
                "a quarter is not the town of its name")
    }

    @Test func aRegionOfOneCountryQualifiesAndPointsAtIt() {
        let qualified = "Flights left Nashville and Richmond. Birds were culled at a farm in Birmingham, England."
        #expect(place("Birmingham", in: qualified, labels: ["Nashville", "Richmond", "Birmingham", "England"])?.geonameID == 2655603)
        let story = "Flights left Nashville and Richmond. England reported a case; Birmingham closed schools."
        #expect(place("Birmingham", in: story, labels: ["Nashville", "Richmond", "England", "Birmingham"])?.geonameID == 2655603,
                "England is evidence for Britain")
        let american = "Flights left Nashville and Richmond. Birmingham closed schools."
        #expect(place("Birmingham", in: american, labels: ["Nashville", "Richmond", "Birmingham"])?.geonameID == 4049979)
    }

    @Test func aCountryInAListOfCountriesIsNotATownOfTheNext() {
        let text = "Cases were reported in China, Japan and France."
        #expect(place("China", in: text, labels: ["China", "Japan", "France"])?.kind == .country)
        let qualified = "Cases were reported in Georgia, US officials said."
        #expect(place("Georgia", in: qualified, labels: ["Georgia", "US"])?.featureClass == .admin1,
                "a division of the second country still qualifies")
    }

    @Test func aPartOfAKnownPlaceTakesItsPointWhenTheStoryNamesItsCountry() {
        let text = "Crews in North Nashville cleared roads, Tennessee officials said."
        let part = place("North Nashville", in: text, labels: ["North Nashville", "Tennessee"])
        #expect(part?.kind == .region)
        #expect(part?.latitude == 36.17 && part?.countryCode == "US")
        #expect(place("North Nashville", in: "Crews in North Nashville cleared roads.", labels: ["North Nashville"]) == nil,
                "without its country in the story it stays a place without a point")
        let valley = place("Spokane Valley", in: "Fires spread in the Spokane Valley, Washington officials said.",
                           labels: ["Spokane Valley", "Washington"])
        #expect(valley?.kind == .region && valley?.latitude == 47.66, "the surroundings of a town take its point")
    }

    @Test func aStateInAListOfStatesIsNotQualifiedIntoATownByTheNext() {
        let listed = "Officials are investigating cases in Washington, Pennsylvania and California."
        let state = place("Washington", in: listed, labels: ["Washington", "Pennsylvania", "California"])
        #expect(state?.featureClass == .admin1 && state?.admin1 == "WA")
        let town = "The plant in Washington, Pennsylvania closed on Friday."
        #expect(place("Washington", in: town, labels: ["Washington", "Pennsylvania"])?.geonameID == 5218069,
                "a state alone after the comma still says which town is meant")
    }

    @Test func aMentionTheWordsDecideFixesTheOtherMentionsOfTheName() {
        let text = "New York state officials declared an emergency. Deaths in New York rose again on Monday."
        let extraction = LocalNewsGazetteer.extraction(["New York": .location])
        let places = extraction.extract(Document(id: "d", text: text), index: 0).entities
            .filter { $0.surfaces.contains("New York") }.map(\.place)
        #expect(places.count == 1 && places.first??.featureClass == .admin1, "both mentions are the state")
        let undecided = "Deaths in New York rose again on Monday."
        #expect(place("New York", in: undecided, labels: ["New York"])?.kind == .city, "alone, the city")
    }

    @Test func aCountyThatOtherPlacesOfTheStoryLieNextToBeatsAFarTownOfItsName() {
        let text = "Farmers in Kent lost their crops. Maidstone councillors met on Monday."
        let kent = place("Kent", in: text, labels: ["Kent", "Maidstone"])
        #expect(kent?.featureClass == .admin2 && kent?.countryCode == "GB", "Maidstone may be English or Australian, but lies in Kent")
        #expect(place("Kent", in: "Farmers in Kent lost their crops.", labels: ["Kent"])?.kind == .city, "alone, the larger town")
    }

    @Test func aTownNamedLikeACountyElsewhereIsNoEvidenceOfTheStorysCountry() {
        let text = "UK officials culled birds in Durham. A year ago birds died in Kent."
        let kent = place("Kent", in: text, labels: ["UK", "Durham", "Kent"])
        #expect(kent?.featureClass == .admin2 && kent?.countryCode == "GB",
                "Durham is a town in North Carolina and a county in England: it does not make the story American")
    }

    @Test func aCountyStoryPutsLondonInKentucky() {
        let text = "Deputies in Laurel County said the London man was arrested. Kentucky State Police assisted."
        #expect(place("London", in: text, labels: ["Laurel County", "London", "Kentucky"])?.geonameID == 4298960)
    }

    @Test func everyResolvedCountryAndStateHasAPoint() {
        let text = "France and the United States met. Tennessee and Virginia sent delegates."
        for name in ["France", "United States", "Tennessee", "Virginia"] {
            let found = place(name, in: text, labels: ["France", "United States", "Tennessee", "Virginia"])
            #expect(found?.hasPoint == true, "\(name)")
        }
    }
}
