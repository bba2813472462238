import Core
@testable import Exporters
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

/// `--describe` output that newskit must refuse, and the reason it gives.
@Suite struct PluginManifestParsingTests {
    static let cases: [(String, String)] = [
        ("", "it printed nothing"),
        ("Usage: foo", "it is not JSON"),
        ("[1]", "not a JSON object"),
        (#"{"protocol": "1"}"#, "\"protocol\" must be a whole number"),
        (#"{"protocol": 1, "name": "kml", "summary": "s", "extension": "kml"}"#, "\"media_type\" is missing"),
        (#"{"protocol": 1, "name": "other", "summary": "s", "extension": "kml", "media_type": "a/b"}"#, "must match"),
        (#"{"protocol": 1, "name": "kml", "summary": 5, "extension": "kml", "media_type": "a/b"}"#, "\"summary\" should be a string"),
        (#"{"protocol": 1, "name": "kml", "summary": "s", "extension": ".kml", "media_type": "a/b"}"#, "without a dot"),
        (#"{"protocol": 1, "name": "kml", "summary": "s", "extension": "kml", "media_type": "a/b", "file_name": "../x"}"#, "plain file name"),
        (#"{"protocol": 1, "name": "kml", "summary": "s", "extension": "kml", "media_type": "a/b", "layout": "zip"}"#, "\"file\" or \"directory\""),
        (#"{"protocol": 1, "name": "kml", "summary": "s", "extension": "kml", "media_type": "a/b", "options": [{"name": "a", "help": "x"}, {"name": "a", "help": "y"}]}"#, "unique"),
    ]

    @Test(arguments: cases)
    func badManifestIsRefusedWithAReason(_ text: String, _ reason: String) {
        #expect {
            _ = try PluginManifest.parse(Data(text.utf8), expectedName: "kml")
        } throws: { error in
            guard case .badManifest(let found) = error as? PluginError.Kind else { return false }
            return found.contains(reason)
        }
    }

    @Test func otherProtocolVersionIsRefusedNamingBoth() {
        #expect(throws: PluginError.Kind.unsupportedProtocol(found: 2, supported: 1)) {
            _ = try PluginManifest.parse(Data(#"{"protocol": 2}"#.utf8), expectedName: "kml")
        }
    }
}
