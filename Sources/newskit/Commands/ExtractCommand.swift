import ArgumentParser
import Core
import Foundation

extension NewskitCommand {
    /// `newskit extract`: the per-document half of `export`, for one shard of a corpus.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles and write each one with its entities as a partial result, to merge later.",
            discussion: """
                The per-document half of `newskit export`: reading, tokens, tagging and place \
                candidates, with no corpus-wide step. Run it on shards of a corpus (on several \
                machines if you like), then join the parts with `newskit merge`; the result is \
                byte for byte what one `newskit export` of the whole corpus gives. The partial-result \
                format (JSON Lines, versioned) is described in Plugins.md.

                Give each shard's inputs as you would give them to `export`. Documents are ordered by \
                input position, path and line, so shards made apart merge in path order.

                --records reads shard records instead (JSON Lines of JSONL lines or whole files with \
                their paths, as contrib/spark sends them; see contrib/spark/README.md).

                Entities that inputs already carry (bundles, corpus JSON) are not kept: extract always \
                extracts afresh.

                Examples:
                  newskit extract feeds/2024-01.jsonl --output parts/2024-01.partial.jsonl
                  newskit extract feeds/2024-02.jsonl --output parts/2024-02.partial.jsonl
                  newskit merge parts/*.partial.jsonl --format csv --output tables/
                """)

        @OptionGroup var input: InputOptions

        @Option(name: .shortAndLong, help: ArgumentHelp("The partial-result file to write, or - for standard output.", valueName: "path"))
        var output: String

        @Flag(help: "Read the inputs as shard records (one JSON object a line: a JSONL line or a whole file, with its path), as the Spark driver sends them.")
        var records = false

        @Option(help: ArgumentHelp("Extract on at most this many threads (default: one per core). A cluster job gives each task its share of cores.", valueName: "n"))
        var jobs: Int?

        @Option(help: ArgumentHelp("Resolve places against this GeoNames dump (cities500.txt, allCountries.txt; .gz accepted) instead of the embedded gazetteer.", valueName: "file"))
        var gazetteer: String?

        func validate() throws {
            if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more.") }
            if let refusal = OutputPlacement.refusal(output: output, inputs: input.inputs) { throw ValidationError(refusal) }
        }

        func run() throws {
            let diagnostics = StandardErrorDiagnostics(quiet: input.quiet)
            if input.quiet || records { ProgressLine.shared.disable() }
            ProgressLine.shared.start()
            defer { diagnostics.finish() }
            let reader = CorpusReader(
                context: ReadContext(options: try input.readOptions(excluding: [output]), diagnostics: diagnostics),
                progress: { ProgressLine.shared.updateBytes("reading", done: $0, total: $1) })
            let extraction = try ExtractionModels.load(ExtractionSettings(gazetteerPath: gazetteer))
            try RecordOutput.write(to: output) { sink in
                try sink.write(PartialRecord.headerLine + "\n")
                let write: (PartialRecord) throws -> Void = { try sink.write(try $0.jsonLine()) }
                if records {
                    try extractRecords(reader: reader, extraction: extraction, write: write)
                } else {
                    try extractFiles(reader: reader, extraction: extraction, write: write)
                }
            }
            ProgressLine.shared.clear()
        }

        /// Inputs read as `export` reads them; documents not yet joined.
        private func extractFiles(reader: CorpusReader, extraction: DocumentExtraction, write: (PartialRecord) throws -> Void) throws {
            let parts = try reader.readParts(paths: input.inputs)
            ProgressLine.shared.clear()
            guard parts.contains(where: { !$0.corpus.documents.isEmpty }) else { throw ReadError.noArticles(inputs: input.inputs) }
            let store = DocumentStore.concatenating(parts.map(\.corpus.documents))
            let orders = parts.flatMap { DocumentOrder.orders(of: $0.corpus.documents, input: $0.input) }
            try PartialExtraction.stream(store, orders: orders, with: extraction, jobs: jobs, progress: { done, total in
                ProgressLine.shared.update("extracting", done: done, total: total)
            }, write: write)
        }

        /// Shard records, extracted a batch at a time so memory stays flat however long the shard.
        private func extractRecords(reader: CorpusReader, extraction: DocumentExtraction, write: (PartialRecord) throws -> Void) throws {
            var batch: [(Document, DocumentOrder)] = []
            func flush() throws {
                try PartialExtraction.stream(DocumentStore(batch.map(\.0)), orders: batch.map(\.1), with: extraction, jobs: jobs, write: write)
                batch.removeAll(keepingCapacity: true)
            }
            for path in input.inputs {
                let name = path == "-" ? "standard input" : path
                try LineStream.forEachLine(of: path, limit: PartialFile.lineLimit) { line, number in
                    let location = "\(name):\(number)"
                    let record = try LineStream.decode(ShardRecord.self, line, location: location, what: "a shard record")
                    batch += try record.documents(reader: reader, location: location)
                    if batch.count >= EntityExtraction.batchSize { try flush() }
                }
            }
            try flush()
        }
    }
}
