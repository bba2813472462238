import Core
import Foundation

/// Paths and corpora shared by the test targets. No research-licensed data: only `samples/`
/// and text the tests write themselves.
public enum Fixtures {
    /// The repository root (found from this file's path).
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `samples/` in the repository.
    public static var samples: URL { root.appendingPathComponent("samples") }

    /// The five plain-text sample articles (`samples/*.txt`), sorted by name.
    public static func sampleTextFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: samples, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The five sample articles, read from `samples/*.txt` as `newskit export samples/*.txt` reads
    /// them. (`samples/articles.jsonl` holds the same five again, so the whole folder would read
    /// each article twice.)
    public static func sampleCorpus() throws -> Corpus {
        try CorpusReader().read(paths: sampleTextFiles().map(\.path)).materialized()
    }

    /// A fresh temporary folder, removed by the caller (or left for the OS).
    public static func temporaryFolder(_ name: String = "newskit-test") throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every regular file under `folder` (an output folder), relative path → bytes.
    public static func files(in folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) ?? .init()
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            found[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: url)
        }
        return found
    }

    /// Writes `contents` to `name` inside `folder` and returns its URL.
    @discardableResult
    public static func write(_ contents: String, to name: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
        return url
    }
}

extension Fixtures {
    /// `Tests/CoreTests/Fixtures/html`: web pages written for the tests (invented articles with
    /// the markup of news sites); each has a hand-written reference text in `html-reference/`.
    public static var htmlPages: URL { root.appendingPathComponent("Tests/CoreTests/Fixtures/html") }

    /// The reference article text for the page named `stem`.
    public static func htmlReference(_ stem: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Tests/CoreTests/Fixtures/html-reference/\(stem).txt"), encoding: .utf8)
    }

    /// The bytes of a fixture page (`harbour-fire.html`).
    public static func htmlPage(_ name: String) throws -> Data {
        try Data(contentsOf: htmlPages.appendingPathComponent(name))
    }
}
