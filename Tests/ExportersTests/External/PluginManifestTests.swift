import Core
import Exporters
import Foundation
import Testing

@Suite struct PluginManifestTests {
    @Test func manifestDecodesIntoADescriptor() throws {
        let json = #"""
            {"protocol": 1, "name": "kml", "summary": "Places", "extension": "kml", "media_type": "application/vnd.google-earth.kml+xml",
             "options": [{"name": "name", "help": "Document name.", "default": "x"}], "future_field": true}
            """#
        let manifest = try JSONDecoder().decode(PluginManifest.self, from: Data(json.utf8))
        let descriptor = manifest.descriptor
        #expect(descriptor.name == "kml")
        #expect(descriptor.defaultFileName == "corpus.kml")
        #expect(descriptor.layout == .file)
        #expect(descriptor.options == [ExporterOption(name: "name", help: "Document name.", defaultValue: "x")])
    }

    @Test func folderManifestDefaultsToTheFormatName() {
        let manifest = PluginManifest(name: "site", summary: "A site", fileExtension: "", mediaType: "text/html", layout: .directory)
        #expect(manifest.descriptor.defaultFileName == "site")
    }

    @Test func builtInDescriptorRoundTripsThroughAManifest() {
        let descriptor = ExporterDescriptor(name: "geojson", summary: "Places", defaultFileName: "places.geojson",
                                            mediaType: "application/geo+json", options: [ExporterOption(name: "a", help: "b")])
        let manifest = PluginManifest(describing: descriptor)
        #expect(manifest.fileExtension == "geojson")
        #expect(manifest.descriptor == descriptor)
    }
}
