import Foundation
import Testing
import TestSupport

/// contrib/spark's driver in local mode (`local[2]`, pyspark from PyPI, Java from Debian) gives
/// the same CSV tables and GeoJSON bytes as one `newskit export`, whatever the number of
/// partitions. Needs python3 with pyspark and a Java runtime (`tools/install-deps.sh --test`):
/// without them the tests fail, they do not skip. Three JVM starts in all.
@Suite(.serialized) struct SparkDriverTests {
    static let environment = ["SOURCE_DATE_EPOCH": "0"]
    private static let formats = ["csv", "geojson"]
    static let driver = Fixtures.root.appendingPathComponent("contrib/spark/newskit_spark.py").path

    func requireSpark() throws {
        let check = try ExternalTool.run("python3", ["-c", "import pyspark"])
        try #require(check.status == 0, "python3 with pyspark is missing: \(ExternalTool.missing("pyspark")) (\(check.stderr))")
        try #require(ExternalTool.find("java") != nil, "\(ExternalTool.missing("java"))")
    }

    /// `newskit export INPUTS --format csv --format geojson --output OUT` (or other formats).
    private func export(_ inputs: [String], to out: URL, formats: [String] = formats) throws {
        let result = try BinaryRunner.run(["export"] + inputs + formats.flatMap { ["--format", $0] } + ["--output", out.path, "--quiet"],
                                          environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
    }

    private func files(_ folder: URL) throws -> [String: Data] { try Fixtures.files(in: folder) }

    private func expectSame(_ spark: URL, as exported: URL, _ what: String, formats: [String] = formats) throws {
        let expected = try files(exported)
        let rowFiles = ["places.geojson", "tables/.newskit-output.json", "tables/datapackage.json", "tables/documents.csv", "tables/entities.csv", "tables/mentions.csv"]
        #expect(expected.keys.sorted() == (formats == Self.formats ? rowFiles : (rowFiles + ["corpus.json"]).sorted()))
        let got = try files(spark)
        #expect(got.keys.sorted() == expected.keys.sorted(), "\(what)")
        for (name, bytes) in expected.sorted(by: { $0.key < $1.key }) {
            #expect(got[name] == bytes, "\(what): \(name) differs from newskit export's")
        }
    }

    @Test func commandLineRunOnSamplesMatchesExport() throws {
        try requireSpark()
        let work = try Fixtures.temporaryFolder("newskit-spark-cli")
        try export(["samples"], to: work.appendingPathComponent("export"))
        let out = work.appendingPathComponent("spark")
        let result = try ExternalTool.run("python3", [
            Self.driver, "samples", "--format", "csv", "--format", "geojson", "--output", out.path,
            "--partitions", "3", "--master", "local[2]", "--newskit", BinaryRunner.executable.path,
        ], in: Fixtures.root, environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr.suffix(2000))")
        try expectSame(out, as: work.appendingPathComponent("export"), "samples, 3 partitions")
    }

    /// Row slices (csv, geojson) with 1, 3 and 7 partitions (7 on a corpus of a few dozen documents:
    /// small slices, an article read twice, renamed ids), and the single-task path (json asked too).
    @Test func samplesAndAGeneratedCorpusMatchExportWithOneThreeAndSevenPartitions() throws {
        try requireSpark()
        let work = try Fixtures.temporaryFolder("newskit-spark-jobs")
        let corpus = try GeneratedCorpus.write(in: work)
        let withJSON = Self.formats + ["json"]
        let cases: [(inputs: [String], partitions: Int, name: String, formats: [String])] = [
            (["samples"], 1, "samples-1", Self.formats),
            ([corpus.path], 1, "generated-1", Self.formats),
            ([corpus.path], 3, "generated-3", Self.formats),
            ([corpus.path], 7, "generated-7", Self.formats),
            ([corpus.path + "/wire", "samples/articles.jsonl", corpus.path + "/notes"], 3, "several-inputs-3", Self.formats),
            ([corpus.path], 3, "generated-json-3", withJSON),
        ]
        var jobs: [[String: Any]] = []
        for job in cases {
            try export(job.inputs, to: work.appendingPathComponent("export-\(job.name)"), formats: job.formats)
            let kept = work.appendingPathComponent("work-\(job.name)")
            try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
            jobs.append(["inputs": job.inputs, "formats": job.formats, "partitions": job.partitions, "work": kept.path,
                         "output": work.appendingPathComponent("spark-\(job.name)").path])
        }
        // A format written by one task, on more documents than --single-task-limit: refused.
        let refusedError = work.appendingPathComponent("refused.txt")
        jobs.append(["inputs": ["samples"], "formats": ["json"], "partitions": 2, "output": work.appendingPathComponent("spark-refused").path,
                     "arguments": ["--single-task-limit", "3"], "error": refusedError.path])
        let jobsFile = work.appendingPathComponent("jobs.json")
        try JSONSerialization.data(withJSONObject: jobs).write(to: jobsFile)
        let result = try ExternalTool.run("python3", [
            Fixtures.root.appendingPathComponent("contrib/spark/tests/run_jobs.py").path,
            "--newskit", BinaryRunner.executable.path, "--master", "local[2]", jobsFile.path,
        ], in: Fixtures.root, environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr.suffix(2000))")
        for job in cases {
            try expectSame(work.appendingPathComponent("spark-\(job.name)"), as: work.appendingPathComponent("export-\(job.name)"), job.name, formats: job.formats)
        }
        let refused = try String(contentsOf: refusedError, encoding: .utf8)
        #expect(refused.contains("json is written by one task holding every document (about 1.3 KB each) and the inputs hold 10 documents, more than --single-task-limit 3"), "\(refused)")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("spark-refused").path))
        // The row formats were written by 7 slices; with json asked too, by one task over the parts.
        let sliced = try Fixtures.files(in: work.appendingPathComponent("work-generated-7")).keys
        #expect(sliced.contains { $0.hasSuffix("/rows/slice-00006/documents.csv") }, "\(sliced.sorted().prefix(40))")
        #expect(!(try Fixtures.files(in: work.appendingPathComponent("work-generated-json-3")).keys.contains { $0.contains("/rows/") }))
        let layer = try String(contentsOf: work.appendingPathComponent("export-generated-3/places.geojson"), encoding: .utf8)
        #expect(layer.components(separatedBy: "\"type\":\"Feature\"").count > 5, "the generated corpus puts cities on the map")
    }
}

extension SparkDriverTests {
    @Test func badLineFailsTheRunNamingFileAndLineAndWritesNothing() throws {
        try requireSpark()
        let work = try Fixtures.temporaryFolder("newskit-spark-bad")
        try Fixtures.write("{\"id\":\"a\",\"text\":\"Maria Lopez went to Paris.\"}\n{\"id\":\"b\",\"text\":3}\n", to: "feed/feed.jsonl", in: work)
        let out = work.appendingPathComponent("tables")
        let result = try ExternalTool.run("python3", [
            Self.driver, work.appendingPathComponent("feed").path, "--format", "csv", "--output", out.path,
            "--partitions", "2", "--master", "local[2]", "--newskit", BinaryRunner.executable.path,
        ], in: Fixtures.root, environment: Self.environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains("feed/feed.jsonl:2: expected a string for \"text\", found a number"), "\(result.stderr.suffix(3000))")
        #expect(result.stderr.contains("newskit_spark: error: "))
        #expect(result.stderr.contains("extract --records - --output - --quiet --jobs 1 failed with exit status 1"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

extension SparkDriverTests {
    @Test func unknownFormatFailsLikeExportBeforeSparkStarts() throws {
        try requireSpark()
        let out = try Fixtures.temporaryFolder("newskit-spark-usage").appendingPathComponent("out")
        let result = try ExternalTool.run("python3", [
            Self.driver, "samples", "--format", "cvs", "--output", out.path, "--newskit", BinaryRunner.executable.path,
        ], in: Fixtures.root)
        #expect(result.status == 1)  // as `newskit export --format cvs`
        #expect(result.stderr.contains("newskit_spark: error: unknown format \"cvs\"; known: json, csv"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}

extension SparkDriverTests {
    /// The driver applies `newskit export`'s rules for where output goes before any stage runs.
    @Test func refusedOutputsFailBeforeSparkStarts() throws {
        try requireSpark()
        let work = try Fixtures.temporaryFolder("newskit-spark-output")
        try Fixtures.write("{\"id\":\"a\",\"text\":\"Maria Lopez went to Paris.\"}\n", to: "feed/feed.jsonl", in: work)
        try Fixtures.write("keep me\n", to: "other/keep.txt", in: work)
        func drive(_ output: String) throws -> ExternalTool.Result {
            try ExternalTool.run("python3", [
                Self.driver, work.appendingPathComponent("feed").path, "--format", "csv", "--output", work.appendingPathComponent(output).path,
                "--newskit", BinaryRunner.executable.path,
            ], in: Fixtures.root)
        }
        let foreign = try drive("other")
        #expect(foreign.status == 1, "\(foreign.stderr)")
        #expect(foreign.stderr.contains("newskit_spark: error: "))
        #expect(foreign.stderr.contains("the output folder holds files newskit did not write (keep.txt)"), "\(foreign.stderr)")
        #expect(try Fixtures.files(in: work.appendingPathComponent("other")).keys.sorted() == ["keep.txt"])
        let input = try drive("feed")
        #expect(input.status == 2, "\(input.stderr)")
        #expect(input.stderr.contains("is also an input"), "\(input.stderr)")
        #expect(try Fixtures.files(in: work.appendingPathComponent("feed")).keys.sorted() == ["feed.jsonl"])
    }
}
