import Foundation
import Testing
import TestSupport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// External plugins end to end through the built `newskit`: the sample KML plugin in
/// `samples/plugins/`, and broken plugins (shell scripts) written into a temporary folder.
@Suite struct PluginTests {
    static let samplePlugins = Fixtures.samples.appendingPathComponent("plugins").path

    // MARK: The sample KML plugin

    @Test func kmlPluginIsListedAsAPlugin() throws {
        let table = try BinaryRunner.run(["formats"], environment: ["NEWSKIT_PLUGIN_PATH": Self.samplePlugins])
        #expect(table.status == 0)
        let line = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("kml ") })
        #expect(line.contains("[plugin]"))
        #expect(table.stdout.contains("plugin at \(Self.samplePlugins)/newskit-export-kml"))
        #expect(table.stdout.contains("--option name="))
        #expect(!(table.stdout.split(separator: "\n").first { $0.hasPrefix("json ") } ?? "").contains("[plugin]"))

        let json = try BinaryRunner.run(["formats", "--json"], environment: ["NEWSKIT_PLUGIN_PATH": Self.samplePlugins])
        #expect(json.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: json.stdoutData) as? [[String: Any]])
        let kml = try #require(entries.first { $0["name"] as? String == "kml" })
        #expect(kml["protocol"] as? Int == 1)
        #expect(kml["plugin"] as? String == "\(Self.samplePlugins)/newskit-export-kml")
        #expect(kml["media_type"] as? String == "application/vnd.google-earth.kml+xml")
        let builtIn = try #require(entries.first { $0["name"] as? String == "json" })
        #expect(builtIn["builtin"] as? Bool == true)
        #expect(builtIn["plugin"] == nil)
    }

    @Test func kmlPluginExportsOnePlacemarkPerPlaceWithCoordinates() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("corpus.json")
        try Fixtures.corpusJSON(try Fixtures.sampleCorpusWithEntities()).write(to: input)
        let output = folder.appendingPathComponent("out/places.kml")
        let arguments = ["export", input.path, "--no-entities", "--format", "kml", "--option", "name=War <map>", "--output", output.path]
        let result = try BinaryRunner.run(arguments, environment: ["NEWSKIT_PLUGIN_PATH": Self.samplePlugins])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: output)
        let kml = try KMLSummary(data)
        #expect(kml.documentName == "War <map>")
        // Moscow, Ukraine and Kharkiv have coordinates; the person and the organisation do not.
        #expect(kml.placemarks.map(\.name) == ["Moscow", "Ukraine", "Kharkiv"])
        #expect(kml.placemarks.map(\.coordinates) == ["37.61556,55.75222", "32.0,49.0", "36.25272,49.98081"])
        #expect(kml.placemarks[2].description.contains("mention"))

        let again = try BinaryRunner.run(arguments, environment: ["NEWSKIT_PLUGIN_PATH": Self.samplePlugins])
        #expect(again.status == 0)
        #expect(try Data(contentsOf: output) == data)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        #expect(leftovers == ["places.kml"])
    }

    @Test func kmlPluginWritesAValidEmptyDocumentWithoutEntitiesToStandardOutput() throws {
        let result = try BinaryRunner.run(
            ["export", "samples", "--no-entities", "--format", "kml", "--output", "-"],
            environment: ["NEWSKIT_PLUGIN_PATH": Self.samplePlugins])
        #expect(result.status == 0, "\(result.stderr)")
        let kml = try KMLSummary(result.stdoutData)
        #expect(kml.documentName == "newskit places")
        #expect(kml.placemarks.isEmpty)
    }

    // MARK: Broken plugins

    /// A broken plugin's export call, what its error must say, and what it leaves.
    struct Failure: Sendable, CustomTestStringConvertible {
        var name: String
        var describe: String = Failure.manifest
        var export: String
        var expected: [String]
        var extraArguments: [String] = []
        var testDescription: String { name }

        static let manifest = #"{"protocol": 1, "name": "NAME", "summary": "A broken plugin", "extension": "txt", "media_type": "text/plain"}"#
        /// Writes half a result, then complains on stderr with 25 numbered lines.
        static let partialThenComplain = #"echo partial > "$2"; i=1; while [ $i -le 25 ]; do printf 'complaint-%02d\n' $i >&2; i=$((i+1)); done"#
    }

    static let failures: [Failure] = [
        Failure(name: "failing", export: Failure.partialThenComplain + "; exit 3",
                expected: ["exited with status 3", "complaint-25", "complaint-06"]),
        Failure(name: "crashing", export: Failure.partialThenComplain + "; kill -SEGV $$",
                expected: ["killed by signal 11", "complaint-25"]),
        Failure(name: "sleepy", export: Failure.partialThenComplain + "; sleep 30",
                expected: ["stopped after running 1 s", "--plugin-timeout", "complaint-25"], extraArguments: ["--plugin-timeout", "1"]),
        Failure(name: "silent", export: "cat > /dev/null; echo 'wrote nothing, sorry' >&2; exit 0",
                expected: ["wrote nothing at", "wrote nothing, sorry"]),
        Failure(name: "badmanifest", describe: #"{"protocol": 1, "name": "badmanifest", "extension": "txt", "media_type": "text/plain"}"#,
                export: "exit 0", expected: ["--describe manifest is not valid", "\"summary\" is missing"]),
        Failure(name: "future", describe: #"{"protocol": 2, "name": "future", "wholly": "new"}"#,
                export: "exit 0", expected: ["speaks plugin protocol 2", "this newskit speaks protocol 1"]),
        Failure(name: "garbage", describe: "echo 'not json' ; echo 'describe trouble' >&2",
                export: "exit 0", expected: ["is not JSON", "describe trouble"]),
    ]

    @Test(arguments: failures)
    func brokenPluginFailsNamingItAndLeavesNoOutput(_ failure: Failure) throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plugin = try writePlugin(failure, in: folder.appendingPathComponent("plugins"))
        let environment = ["NEWSKIT_PLUGIN_PATH": plugin.deletingLastPathComponent().path]
        let fresh = folder.appendingPathComponent("out/result.txt")
        let existing = try Fixtures.write("old bytes\n", to: "existing.txt", in: folder)

        for output in [fresh, existing] {
            let started = Date()
            let result = try BinaryRunner.run(
                ["export", "samples", "--format", failure.name, "--output", output.path] + failure.extraArguments,
                environment: environment)
            #expect(Date().timeIntervalSince(started) < 20, "the plugin was not stopped")
            #expect(result.status == 1)
            #expect(result.stderr.contains("plugin \(failure.name) (\(plugin.path))"), "\(result.stderr)")
            for text in failure.expected where !text.isEmpty {
                #expect(result.stderr.contains(text), "missing \"\(text)\" in: \(result.stderr)")
            }
            #expect(!result.stderr.contains("complaint-05"), "more than the last 20 stderr lines shown")
        }
        #expect(!FileManager.default.fileExists(atPath: fresh.path))
        #expect(try String(contentsOf: existing, encoding: .utf8) == "old bytes\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["existing.txt", "out", "plugins"] || left == ["existing.txt", "plugins"])
        if left.contains("out") { #expect(try FileManager.default.contentsOfDirectory(atPath: fresh.deletingLastPathComponent().path).isEmpty) }
    }

    @Test func brokenPluginIsAWarningWhenListing() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = try #require(Self.failures.first { $0.name == "future" })
        let plugin = try writePlugin(broken, in: folder)
        let result = try BinaryRunner.run(["formats"], environment: ["NEWSKIT_PLUGIN_PATH": "\(folder.path):\(Self.samplePlugins)"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning"))
        #expect(result.stderr.contains("plugin future (\(plugin.path))"))
        #expect(result.stdout.contains("kml "))
        #expect(!result.stdout.contains("future"))
    }

    // MARK: Helpers

    /// Writes `newskit-export-NAME` as a shell script answering `--describe` and export calls.
    private func writePlugin(_ failure: Failure, in folder: URL) throws -> URL {
        let describe = failure.describe.hasPrefix("{")
            ? "cat <<'MANIFEST'\n\(failure.describe.replacingOccurrences(of: "NAME", with: failure.name))\nMANIFEST"
            : failure.describe
        let script = """
            #!/bin/sh
            if [ "$1" = "--describe" ]; then
            \(describe)
            exit 0
            fi
            \(failure.export)

            """
        let url = try Fixtures.write(script, to: "newskit-export-\(failure.name)", in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }
}

/// The parts of a KML file the tests check, read with Foundation's XML parser (which also
/// proves the file is well-formed XML).
private struct KMLSummary {
    struct Placemark { var name = "", description = "", coordinates = "" }
    var documentName = ""
    var placemarks: [Placemark] = []

    init(_ data: Data) throws {
        let delegate = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = true
        guard parser.parse() else {
            throw KMLError(message: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")")
        }
        guard delegate.root == "kml", delegate.namespace == "http://www.opengis.net/kml/2.2" else {
            throw KMLError(message: "root is \(delegate.root) in \(delegate.namespace)")
        }
        documentName = delegate.documentName
        placemarks = delegate.placemarks
    }

    struct KMLError: Error { var message: String }

    private final class Collector: NSObject, XMLParserDelegate {
        var root = "", namespace = "", documentName = ""
        var placemarks: [Placemark] = []
        private var path: [String] = []
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if path.isEmpty { root = name; namespace = namespaceURI ?? "" }
            path.append(name)
            text = ""
            if name == "Placemark" { placemarks.append(Placemark()) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let parent = path.dropLast().last ?? ""
            switch (parent, name) {
            case ("Document", "name"): documentName = text
            case ("Placemark", "name"): placemarks[placemarks.count - 1].name = text
            case ("Placemark", "description"): placemarks[placemarks.count - 1].description = text
            case ("Point", "coordinates"): placemarks[placemarks.count - 1].coordinates = text
            default: break
            }
            path.removeLast()
            text = ""
        }
    }
}
