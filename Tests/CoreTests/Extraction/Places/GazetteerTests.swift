import Core
import Foundation
import Testing

@Suite struct GazetteerTests {
    @Test func embeddedGazetteerFindsCitiesByVariantNames() throws {
        let gazetteer = try Gazetteer.embedded()
        let kharkov = gazetteer.matches("Kharkov").map(\.place).first { $0.kind == .city && $0.countryCode == "UA" }
        #expect(kharkov?.geonameID == 706483)
        #expect(kharkov?.name == "Kharkiv")
        #expect(kharkov?.admin1 == "07")
        #expect((kharkov?.population ?? 0) > 1_000_000)
        let kiev = gazetteer.matches("Kiev").first { $0.place.kind == .city && $0.place.countryCode == "UA" }
        #expect(kiev?.place.geonameID == 703448)
        #expect(kiev?.isMainName == false)
    }

    @Test func embeddedGazetteerHasCountriesRegionsAndContinents() throws {
        let gazetteer = try Gazetteer.embedded()
        #expect(gazetteer.matches("Ukraine").first?.place.kind == .country)
        #expect(gazetteer.matches("U.S.").first?.place.geonameID == 6252001)
        #expect(gazetteer.matches("Europe").first?.place.geonameID == 6255148)
        #expect(gazetteer.matches("Black Sea").first?.place.kind == .region)
        #expect(gazetteer.country(code: "UA")?.name == "Ukraine")
        #expect(gazetteer.matches("Atlantis Minor").isEmpty)
    }

    @Test func embeddedGazetteerHasDivisionsAbbreviationsCountiesAndOfficialNames() throws {
        let gazetteer = try Gazetteer.embedded()
        let kentucky = gazetteer.matches("Ky.").map(\.place).first { $0.featureClass == .admin1 }
        #expect(kentucky?.name == "Kentucky")
        #expect(kentucky?.geonameID == 6254925)
        #expect(gazetteer.matches("B.C.").contains { $0.place.name == "British Columbia" && $0.place.featureClass == .admin1 })
        #expect(gazetteer.matches("NSW").contains { $0.place.name == "New South Wales" })
        #expect(gazetteer.matches("Ontario").contains { $0.place.featureClass == .admin1 && $0.place.admin1 == "08" },
                "provinces carry GeoNames' admin1 code, so towns of Ontario match it")
        #expect(gazetteer.division(country: "US", admin1: "TN")?.name == "Tennessee")
        #expect(gazetteer.matches("Laurel County").contains { $0.place.featureClass == .admin2 && $0.place.admin1 == "KY" })
        #expect(gazetteer.matches("Democratic Republic of the Congo").first?.place.countryCode == "CD")
        #expect(gazetteer.matches("Democratic Republic of Congo").first?.place.countryCode == "CD")
        #expect(gazetteer.matches("People's Republic of China").first?.place.countryCode == "CN")
    }

    @Test func embeddedCountriesStatesContinentsAndSeasHavePoints() throws {
        let gazetteer = try Gazetteer.embedded()
        for place in gazetteer.places where place.kind == .country || [.continent, .sea].contains(place.featureClass) {
            #expect(place.hasPoint, "\(place.name)")
        }
        let states = gazetteer.places.filter { $0.featureClass == .admin1 && $0.countryCode == "US" }
        #expect(states.count >= 50)
        let unplaced = states.filter { !$0.hasPoint }.map(\.name)
        #expect(unplaced.isEmpty)
        let france = try #require(gazetteer.country(code: "FR"))
        #expect(abs((france.latitude ?? 0) - 46.6) < 1.5 && abs((france.longitude ?? 0) - 2.4) < 1.5, "mainland France, not an overseas island")
        let indonesia = try #require(gazetteer.country(code: "ID"))
        #expect((indonesia.latitude ?? 0) < -3 && (indonesia.longitude ?? 0) > 115,
                "an archipelago with no main landmass takes its centre, not Borneo's")
    }

    @Test func embeddedDivisionsAndCountiesCarryGeoNamesIdsAndPoints() throws {
        let gazetteer = try Gazetteer.embedded()
        let queensland = gazetteer.matches("Queensland").map(\.place).first { $0.featureClass == .admin1 }
        #expect(queensland?.geonameID == 2152274, "a first-level division outside the US has its GeoNames id")
        let chechnya = gazetteer.matches("Chechnya").map(\.place)
        #expect(chechnya.contains { $0.featureClass == .admin1 && $0.countryCode == "RU" }, "GeoNames' English names of divisions")
        #expect(!gazetteer.matches("Zaporizhzhia").contains { $0.place.featureClass == .admin1 },
                "a division's alternate name that a town goes by stays the town's")
        let laurel = try #require(gazetteer.matches("Laurel County").map(\.place).first { $0.admin1 == "KY" })
        #expect(laurel.geonameID == 4297480)
        let london = try #require(gazetteer.matches("London").map(\.place).first { $0.admin1 == "KY" })
        #expect(abs((laurel.latitude ?? 0) - (london.latitude ?? 90)) < 0.3 && abs((laurel.longitude ?? 0) - (london.longitude ?? 180)) < 0.3,
                "a county's point lies among its towns")
        let counties = gazetteer.places.filter { $0.featureClass == .admin2 && $0.countryCode == "US" }
        #expect(counties.filter(\.hasPoint).count * 10 >= counties.count * 9, "nine US counties in ten have a point")
        let dallas = gazetteer.matches("Dallas County").map(\.place)
        #expect(dallas.first?.admin1 == "TX", "counties of one name come most populous first")
    }

    @Test func embeddedCapitalsAreKnown() throws {
        let gazetteer = try Gazetteer.embedded()
        let kyiv = try #require(gazetteer.matches("Kyiv").first { $0.place.kind == .city && $0.place.countryCode == "UA" })
        #expect(gazetteer.isCapital(kyiv.place))
        let kharkiv = try #require(gazetteer.matches("Kharkiv").first { $0.place.kind == .city })
        #expect(!gazetteer.isCapital(kharkiv.place))
        let washington = try #require(gazetteer.matches("Washington").first { $0.place.kind == .city && $0.place.population > 500_000 })
        #expect(gazetteer.isCapital(washington.place), "GeoNames names it `Washington, D.C.`")
    }

    @Test func lookupIgnoresCaseDiacriticsAndApostropheStyle() {
        #expect(NameKey.lookup("Khar’kov") == NameKey.lookup("khar'kov"))
        #expect(NameKey.lookup("Élysée") == "elysee")
        #expect(NameKey.lookup("U.S.") == "us")
        #expect(TestGazetteer.gazetteer.matches("KHARKOV").first?.place.geonameID == 706483)
    }

    @Test func fastLatinKeysAgreeWithTheGeneralPathOnEveryName() throws {
        let gazetteer = try Gazetteer.embedded()
        var checked = 0
        for place in gazetteer.places {
            for name in [place.name] + gazetteer.aliasesOf(place) {
                #expect(NameKey.lookup(name) == NameKey.generalLookup(name), "\(name)")
                checked += 1
            }
        }
        #expect(checked > 100_000)
        #expect(NameKey.lookup("Zürich-Œste’s") == NameKey.generalLookup("Zürich-Œste’s"))
    }

    @Test func readsAGeoNamesDumpTheUserPointsAt() throws {
        let rows = [
            ["2988507", "Paris", "Paris", "Lutece,Parigi,Париж", "48.85341", "2.3488", "P", "PPLC", "FR", "", "11", "75", "", "",
             "2138551", "", "42", "Europe/Paris", "2024-01-01"],
            ["9999999", "Smallville", "Smallville", "", "10.0", "20.0", "P", "PPL", "US", "", "KS", "", "", "", "900", "", "0",
             "America/Chicago", "2024-01-01"],
            ["1", "Some Stream", "Some Stream", "", "1.0", "2.0", "H", "STM", "US", "", "", "", "", "", "0", "", "0", "", ""],
        ]
        let url = try writeTemporary(rows.map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n")
        let gazetteer = try Gazetteer(geoNamesDump: url.path)
        #expect(gazetteer.matches("Smallville").first?.place.population == 900)
        #expect(gazetteer.matches("Parigi").first?.place.geonameID == 2988507)
        #expect(gazetteer.matches("Париж").isEmpty, "non-Latin alternate names are left out")
        #expect(gazetteer.matches("Some Stream").isEmpty, "streams are not places newskit resolves")
        #expect(gazetteer.matches("Ukraine").first?.place.kind == .country, "countries come from the embedded gazetteer")
    }

    @Test func malformedDumpLineNamesFileAndLine() throws {
        let url = try writeTemporary("2988507\tParis\tParis\n")
        #expect(throws: ExtractionError.gazetteerMalformed(path: url.path, line: 1, reason: "found 3 columns")) {
            try Gazetteer(geoNamesDump: url.path)
        }
        let error = ExtractionError.gazetteerMalformed(path: url.path, line: 1, reason: "found 3 columns")
        #expect(error.description.contains("\(url.path):1"))
    }

    @Test func missingDumpIsAnError() {
        #expect(throws: ExtractionError.self) { try Gazetteer(geoNamesDump: "/nonexistent/cities500.txt") }
    }

    private func writeTemporary(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("newskit-gazetteer-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func firstMatchIsTheFirstOfAllMatchesThatPasses() throws {
        let gazetteer = try Gazetteer.embedded()
        let tests: [(Gazetteer.Match) -> Bool] = [{ _ in true }, { $0.place.kind == .city }, { !$0.isMainName }, { $0.place.population > 1_000_000 }]
        for name in ["Paris", "Washington", "US", "Georgia", "Kiev", "Atlantis Minor", "Springfield", ""] {
            for test in tests {
                #expect(gazetteer.firstMatch(name, where: test) == gazetteer.matches(name).first(where: test), "\(name)")
            }
        }
    }
}
