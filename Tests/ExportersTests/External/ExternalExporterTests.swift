import Core
import Exporters
import Foundation
import Testing
import TestSupport

@Suite struct ExternalExporterTests {
    @Test func pluginGetsTheCorpusJSONOnStdinAndSortedOptions() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seen = folder.appendingPathComponent("arguments.txt")
        let url = try ScriptPlugin.write("echo", in: folder, export: #"""
            printf '%s\n' "$@" > "\#(seen.path)"
            echo "SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH" >> "\#(seen.path)"
            cat > "$2"
            """#)
        let plugin = try ExternalExporter.describe(name: "echo", executable: url, timeout: 30)
        let corpus = try Fixtures.sampleCorpusWithEntities()
        let sink = MemorySink()
        let context = ExportContext(options: ExportOptions(["mode": "b c", "level": "3"]), sourceDate: Date(timeIntervalSince1970: 1_700_000_000))
        try plugin.export(corpus, to: .sink(sink), context: context)

        let expected = MemorySink()
        try JSONExporter().export(corpus, to: .sink(expected), context: ExportContext())
        #expect(sink.data == expected.data)
        let lines = try String(contentsOf: seen, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 7)
        #expect(lines.first == "--output")
        #expect(Array(lines.dropFirst(2)) == ["--option", "level=3", "--option", "mode=b c", "SOURCE_DATE_EPOCH=1700000000"])
    }

    /// A plugin that fills its stderr pipe before reading stdin, given more input than a pipe
    /// holds, would deadlock a writer that does not drain stderr while writing.
    @Test func chattyPluginWithLargeInputDoesNotDeadlock() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try ScriptPlugin.write("chatty", in: folder, export: #"""
            i=0; while [ $i -lt 3000 ]; do echo "progress line $i of a chatty plugin, long enough to fill a pipe" >&2; i=$((i+1)); done
            wc -c > "$2"
            """#)
        let plugin = try ExternalExporter.describe(name: "chatty", executable: url, timeout: 30)
        let big = String(repeating: "All work and no play makes a large corpus. ", count: 50_000)
        let corpus = Corpus(documents: [Document(id: "big", text: big)])
        let sink = MemorySink()
        let diagnostics = DiagnosticCollector()
        try plugin.export(corpus, to: .sink(sink), context: ExportContext(diagnostics: diagnostics, pluginTimeout: 20))
        let expected = MemorySink()
        try JSONExporter().export(corpus, to: .sink(expected), context: ExportContext())
        #expect(Int(sink.string.trimmingCharacters(in: .whitespacesAndNewlines)) == expected.data.count)
        // On success the stderr tail becomes notes.
        #expect(diagnostics.diagnostics.count == PluginError.tailLines)
        #expect(diagnostics.diagnostics.last?.message.contains("progress line 2999") == true)
    }

    @Test func folderPluginFillsTheGivenFolderAndMustNotLeaveSymlinks() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = try ScriptPlugin.write("tree", in: folder, describe: ScriptPlugin.manifest("tree", layout: "directory"),
                                          export: #"cat > /dev/null; mkdir "$2/sub"; echo a > "$2/sub/a.txt""#)
        let linky = try ScriptPlugin.write("linky", in: folder, describe: ScriptPlugin.manifest("linky", layout: "directory"),
                                           export: #"cat > /dev/null; ln -s /etc/passwd "$2/passwd""#)
        let target = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        let tree = try ExternalExporter.describe(name: "tree", executable: good, timeout: 30)
        #expect(tree.descriptor.layout == .directory)
        try tree.export(Corpus.empty, to: .directory(target), context: ExportContext())
        #expect(try String(contentsOf: target.appendingPathComponent("sub/a.txt"), encoding: .utf8) == "a\n")

        let empty = folder.appendingPathComponent("out2")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: false)
        let link = try ExternalExporter.describe(name: "linky", executable: linky, timeout: 30)
        #expect {
            try link.export(Corpus.empty, to: .directory(empty), context: ExportContext())
        } throws: { error in
            (error as? PluginError)?.description.contains("symbolic link") == true
        }
    }

    @Test func timeoutKillsThePluginAndItsChildren() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let marker = folder.appendingPathComponent("still-running")
        let url = try ScriptPlugin.write("slow", in: folder, export: #"(sleep 2; touch "\#(marker.path)") & sleep 30"#)
        let plugin = try ExternalExporter.describe(name: "slow", executable: url, timeout: 30)
        #expect {
            try plugin.export(Corpus.empty, to: .sink(MemorySink()), context: ExportContext(pluginTimeout: 0.5))
        } throws: { error in
            (error as? PluginError)?.kind == .timeout(seconds: 0.5)
        }
        Thread.sleep(forTimeInterval: 2.5)
        #expect(!FileManager.default.fileExists(atPath: marker.path), "a child of the plugin survived the timeout")
    }

    @Test func unstartablePluginIsALaunchError() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Fixtures.write("#!/no/such/interpreter\n", to: "newskit-export-nope", in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        #expect {
            _ = try ExternalExporter.describe(name: "nope", executable: url, timeout: 5)
        } throws: { error in
            guard let error = error as? PluginError, case .launchFailed = error.kind else { return false }
            return error.description.contains("plugin nope (\(url.path))")
        }
    }
}

extension ExternalExporterTests {
    /// A plugin that exits at once, without reading a large input, is reported by its exit
    /// status; the broken pipe must neither kill newskit (SIGPIPE) nor hide the real failure.
    @Test func pluginThatStopsReadingEarlyReportsItsExitStatus() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try ScriptPlugin.write("quitter", in: folder, export: "echo 'no thanks' >&2; exit 5")
        let plugin = try ExternalExporter.describe(name: "quitter", executable: url, timeout: 30)
        let corpus = Corpus(documents: [Document(id: "big", text: String(repeating: "word ", count: 400_000))])
        #expect {
            try plugin.export(corpus, to: .sink(MemorySink()), context: ExportContext())
        } throws: { error in
            guard let error = error as? PluginError else { return false }
            return error.kind == .exitStatus(5) && error.stderrTail == ["no thanks"]
        }
    }
}
