import Core
import Foundation
import Testing
import TestSupport

/// A folder may be replaced only when it holds exactly a previous output of the same format.
@Suite struct OutputManifestTests {
    let folder: URL

    init() throws {
        folder = try Fixtures.temporaryFolder("newskit-manifest")
    }

    /// Writes a csv-like output into `name` with its manifest.
    func output(_ name: String, format: String = "csv") throws -> URL {
        let out = folder.appendingPathComponent(name)
        try Fixtures.write("id\n", to: "documents.csv", in: out)
        try Fixtures.write("{}\n", to: "data/part.json", in: out)
        try OutputManifest.write(into: out, output: format)
        return out
    }

    @Test func manifestListsEveryFileSorted() throws {
        let out = try output("tables")
        let data = try Data(contentsOf: out.appendingPathComponent(OutputManifest.fileName))
        #expect(String(decoding: data, as: UTF8.self)
            == #"{"files":["data/part.json","documents.csv"],"format":"newskit-output","output":"csv","version":1}"# + "\n")
    }

    @Test func statesOfAFolder() throws {
        #expect(OutputManifest.state(of: folder.appendingPathComponent("missing"), output: "csv") == .free)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("empty"), withIntermediateDirectories: true)
        #expect(OutputManifest.state(of: folder.appendingPathComponent("empty"), output: "csv") == .free)
        let out = try output("tables")
        #expect(OutputManifest.state(of: out, output: "csv") == .previousOutput)
        // A listed file the user deleted loses nothing.
        try FileManager.default.removeItem(at: out.appendingPathComponent("documents.csv"))
        #expect(OutputManifest.state(of: out, output: "csv") == .previousOutput)
        #expect(OutputManifest.state(of: out, output: "geojson") == .foreign("holds a csv output, not a geojson one"))
        try Fixtures.write("mine", to: "data/notes.md", in: out)
        #expect(OutputManifest.state(of: out, output: "csv") == .foreign("holds files the previous csv output did not write (data/notes.md)"))
    }

    @Test func aFolderWithoutManifestOrWithABadOneIsForeign() throws {
        try Fixtures.write("a", to: "plain/a.txt", in: folder)
        #expect(OutputManifest.state(of: folder.appendingPathComponent("plain"), output: "csv")
            == .foreign("holds files newskit did not write (a.txt) and no .newskit-output.json"))
        try Fixtures.write("not json", to: "bad/.newskit-output.json", in: folder)
        #expect(OutputManifest.state(of: folder.appendingPathComponent("bad"), output: "csv")
            == .foreign("has a .newskit-output.json newskit cannot read"))
        try Fixtures.write("x", to: "file", in: folder)
        #expect(OutputManifest.state(of: folder.appendingPathComponent("file"), output: "csv")
            == .foreign("is a file, but this format writes a folder"))
    }
}
