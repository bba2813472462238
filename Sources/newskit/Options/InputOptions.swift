import ArgumentParser
import Core
import Foundation

/// The inputs and how to read them, shared by `export` and `inspect`.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Articles to read: .txt, .jsonl, .json (also gzipped), .html, .warc(.gz), newskit corpus JSON or bundles (.tar.gz), folders of them, or - for standard input.",
        valueName: "input"))
    var inputs: [String] = []

    @Flag(help: "Skip malformed or over-long JSONL lines and bad files found in folders, with a warning and a count, instead of stopping.")
    var skipInvalid = false

    @Option(help: ArgumentHelp("Also drop the boilerplate lines listed in this file (one pattern a line; `*` at the end matches a prefix).", valueName: "file"))
    var boilerplate: String?

    @Option(help: ArgumentHelp("Refuse any single document (a file, a JSONL line) larger than this many bytes.", valueName: "bytes"))
    var maxDocumentBytes: Int = ReadOptions.defaultMaxDocumentBytes

    @OptionGroup(title: "Archive inputs (bundles)")
    var archive: ArchiveLimitOptions

    @Flag(name: .shortAndLong, help: "Print no warnings and no progress bar; errors still go to standard error.")
    var quiet = false

    func validate() throws {
        guard !inputs.isEmpty else {
            throw ValidationError("Give at least one input: a file, a folder, or - for standard input.")
        }
        guard maxDocumentBytes > 0 else {
            throw ValidationError("--max-document-bytes must be a positive number of bytes.")
        }
        if inputs.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("Standard input (-) can be read only once.")
        }
    }

    /// The read options these flags describe.
    /// - Throws: `ReadError` when the boilerplate file cannot be read.
    func readOptions(excluding excluded: [String] = []) throws -> ReadOptions {
        var options = ReadOptions()
        options.skipInvalid = skipInvalid
        options.maxDocumentBytes = maxDocumentBytes
        options.archiveLimits = archive.limits
        options.excludedPaths = Set(excluded.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        if let boilerplate {
            guard let text = try? String(contentsOfFile: boilerplate, encoding: .utf8) else {
                throw ReadError.unreadable(path: boilerplate, reason: "the --boilerplate file is missing or not UTF-8 text")
            }
            options.boilerplate.merge(BoilerplateFilter(fileContents: text))
        }
        return options
    }
}
