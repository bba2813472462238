import Foundation

/// A corpus the tests build from invented sentences (no research data): JSON Lines in nested
/// folders, plain-text files, a gzipped feed, a web archive of four pages and a hidden file, with the cases the corpus-wide
/// merge must get right whatever the sharding: a repeated id with a different text (renamed
/// `id-2`), the same article read twice (kept once), `FILE:LINE` ids, blank lines, name variants
/// spread over documents (full name here, surname there, acronyms), and cities on the map.
public enum GeneratedCorpus {
    static let people = ["Maria Lopez", "Daniel Okafor", "Amina Yusuf", "Tomasz Nowak", "Helen Park", "Rafael Costa"]
    static let organisations = [("European Union", "EU"), ("World Health Organization", "WHO"), ("International Monetary Fund", "IMF")]
    static let cities = ["Paris", "Berlin", "Madrid", "Nairobi", "Lagos", "Warsaw", "Lisbon", "Toronto", "Kyiv", "Rome"]

    /// The text of article `n`: a few sentences naming people, organisations and cities.
    public static func text(_ n: Int) -> String {
        let person = people[n % people.count], other = people[(n * 5 + 1) % people.count]
        let (organisation, acronym) = organisations[n % organisations.count]
        let city = cities[n % cities.count], second = cities[(n * 3 + 2) % cities.count]
        let surname = person.split(separator: " ").last.map(String.init) ?? person
        return """
            \(person) arrived in \(city) on Tuesday for talks with the \(organisation), officials said.

            \(surname) told reporters in \(city) that the \(acronym) would meet \(other) in \(second) next week. \
            Report number \(n) followed.
            """
    }

    /// About `bytes` bytes of article `n`'s sentences, each followed by as many bytes of seeded
    /// random hex figures: the same every run, and compressing only ~3:1, so a test can make
    /// input that spans many gzip blocks.
    public static func noisyText(_ n: Int, bytes: Int) -> String {
        var state = UInt64(n) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        var out = ""
        var sentence = 0
        while out.utf8.count < bytes {
            let words = text(n + sentence)
            out += words + "\nFigures:"
            for _ in 0..<(words.utf8.count / 17) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                out += " " + String(state, radix: 16)
            }
            out += "\n\n"
            sentence += 1
        }
        return out
    }

    static func article(_ n: Int, id: String? = nil, date: Bool = true) -> String {
        var object: [String: Any] = ["title": "Talks in \(cities[n % cities.count]) (\(n))", "text": text(n)]
        if let id { object["id"] = id }
        if date { object["date"] = String(format: "2024-%02d-%02d", n % 12 + 1, n % 28 + 1) }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes the corpus into `folder/corpus` and returns that folder.
    public static func write(in folder: URL) throws -> URL {
        let root = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("web"), withIntermediateDirectories: true)
        var wire = (0..<30).map { article($0, id: "wire-\($0)") }
        wire.insert("", at: 7)                                   // a blank line
        wire.append(article(90, id: "wire-3"))                   // same id, other text: renamed wire-3-2
        try Fixtures.write(wire.joined(separator: "\n") + "\n", to: "wire/agency.jsonl", in: root)
        let noIDs = (30..<45).map { article($0, date: $0 % 2 == 0) } // ids are FILE:LINE
        try Fixtures.write(noIDs.joined(separator: "\n") + "\n", to: "wire/plain.jsonl", in: root)
        let repeats = [article(5, id: "wire-5"), article(46, id: "late-46")] // wire-5 read twice: kept once
        try Fixtures.write(repeats.joined(separator: "\n") + "\n", to: "zz-repeats.jsonl", in: root)
        for n in 50..<56 {
            try Fixtures.write("Talks in \(cities[n % cities.count])\n\n" + text(n) + "\n", to: "notes/note-\(n).txt", in: root)
        }
        try Fixtures.write(article(99, id: "hidden"), to: ".hidden/skip.jsonl", in: root)
        var warc = WARCBuilder()
        warc.warcinfo()
        for n in 80..<84 {
            let page = "<html><head><title>Talks in \(cities[n % cities.count])</title></head><body><article><h1>Talks in \(cities[n % cities.count])</h1>"
                + text(n).split(separator: "\n\n").map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
            try warc.response("https://news.example/\(n).html", body: Data(page.utf8))
        }
        try warc.gzipped().write(to: root.appendingPathComponent("web/crawl.warc.gz"))
        let feed = try Fixtures.write((60..<72).map { article($0, id: "feed-\($0)") }.joined(separator: "\n") + "\n", to: "feed.jsonl", in: root)
        let gzip = try ExternalTool.run("gzip", ["-n", feed.path])
        guard gzip.status == 0 else { throw GeneratedCorpusError(message: "gzip failed: \(gzip.stderr)") }
        return root
    }
}

/// The generated corpus could not be written.
public struct GeneratedCorpusError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
