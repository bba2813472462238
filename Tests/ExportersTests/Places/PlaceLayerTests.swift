import Core
@testable import Exporters
import Testing
import TestSupport

@Suite struct PlaceLayerTests {
    @Test func keepsLocatedCitiesInMentionOrderAndListsTheRest() {
        var corpus = Fixtures.placesCorpus()
        corpus.entities.append(Entity(id: "geonames:9", type: .city, name: "Broken", geonameID: 9, latitude: 91, longitude: 0))
        corpus.entities.append(Entity(id: "geonames:2017370", type: .country, name: "Russia", geonameID: 2017370, latitude: 60, longitude: 100))
        let layer = PlaceLayer(corpus)
        #expect(layer.places.map(\.name) == ["Kharkiv", "Kyiv", "Moscow", "القدس"])
        #expect(layer.unlocated == ["Broken", "Springfield"])
        #expect(layer.unlocatedWarning == "2 cities have no coordinates and are left out: Broken, Springfield.")
    }

    @Test func usageCountsDocumentsOnceInCorpusOrderWithDayDates() {
        var corpus = Fixtures.placesCorpus()
        var documents = (try? corpus.documents.loadAll()) ?? []
        documents[0].date = "2022-02-28T23:10:00+02:00"
        corpus.documents = DocumentStore(documents)
        let kharkiv = EntityUsage(corpus)["geonames:706483"]
        #expect(kharkiv == EntityUsage.Counts(mentions: 3, documents: 2, documentIDs: ["wire-001", "wire-002"], firstDate: "2022-02-28", lastDate: "2022-03-01"))
        #expect(EntityUsage(corpus)["nobody"] == EntityUsage.Counts())
    }
}
