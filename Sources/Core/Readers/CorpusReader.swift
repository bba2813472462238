import Foundation

/// Reads the inputs of one command (files, folders, `-`) into one corpus.
///
/// - Folders are walked recursively in sorted order; hidden files and folders are skipped, and
///   so are files no reader claims (counted in one note).
/// - `-` reads standard input, sniffing JSON, JSONL or plain text from the content.
/// - Empty files are skipped with a warning; no documents at all is `ReadError.noArticles`.
/// - Duplicate document ids get a deterministic suffix (`id-2`, `id-3`, … in input order) and a
///   warning, so every id in a corpus is unique.
public struct CorpusReader: Sendable {
    public var registry: ReaderRegistry
    public var context: ReadContext
    /// Called as reading goes with the input bytes read so far and the total of all input files
    /// (standard input counts as 0 until read). For a progress bar; Core draws nothing itself.
    public var progress: (@Sendable (_ done: Int64, _ total: Int64) -> Void)?

    public init(
        registry: ReaderRegistry = .builtIn, context: ReadContext = ReadContext(),
        progress: (@Sendable (_ done: Int64, _ total: Int64) -> Void)? = nil
    ) {
        self.registry = registry
        self.context = context
        self.progress = progress
    }

    /// Reads every path in order. `standardInput` is called at most once, for `-`.
    /// - Throws: `ReadError`.
    public func read(paths: [String], standardInput: () throws -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) throws -> Corpus {
        let parts = try readParts(paths: paths, standardInput: standardInput)
        let corpus = try CorpusMerge.concatenate(parts.map(\.corpus), diagnostics: context.diagnostics)
        guard !corpus.documents.isEmpty else { throw ReadError.noArticles(inputs: paths) }
        return corpus
    }

    /// Reads every path in order into parts not yet joined: no duplicate is dropped or renamed,
    /// so a shard can be read alone and joined with the others later (`newskit extract`, then
    /// `newskit merge`). Each part comes from one path: `input` is its position in `paths`.
    /// - Throws: `ReadError`.
    public func readParts(paths: [String], standardInput: () throws -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) throws -> [(input: Int, corpus: Corpus)] {
        var parts: [(input: Int, corpus: Corpus)] = []
        // Plain-text files in a row share one store and one loader (their texts spooled to one
        // temporary file), instead of a store, a loader and a corpus each: about 1 KB less per
        // file on large folders.
        var texts = PlainTextBatch()
        var textsInput = 0
        var unclaimed = 0
        let planned = try plan(paths)
        let total = planned.reduce(Int64(0)) { $0 + $1.size }
        var done: Int64 = 0
        // Small text files and HTML pages are read and parsed ahead on every core; the loop
        // takes each in plan order, so the corpus is the same for any number of cores.
        var ahead = PlainTextPrefetch(planned: planned.map { ($0.input, $0.size) }, context: context)
        var lookahead: HTMLLookahead?
        for (index, file) in planned.enumerated() {
            var input = file.input
            let prefetched = ahead.take(index)
            if input.displayPath == "-" && input.url == nil {
                input.data = try standardInput()
            } else {
                input.data = prefetched?.data
            }
            if file.argument != textsInput, let batch = texts.flush() { parts.append((textsInput, batch)) }
            let reader = try claimingReader(input, explicit: file.explicit)
            if reader is PlainTextReader, input.url != nil, !file.explicit || input.pathExtension == "txt" {
                let parse = { try prefetched?.document(replayingTo: context.diagnostics) ?? PlainTextReader.document(input, context: context) }
                if let document = try tolerating(input, explicit: file.explicit, parse) {
                    try texts.add(document)
                    textsInput = file.argument
                }
            } else if let reader {
                if let batch = texts.flush() { parts.append((textsInput, batch)) }
                if reader is HTMLReader, lookahead == nil, HTMLLookahead.isAhead(input) {
                    // Pages are parsed ahead on every core; each is taken here in plan order.
                    lookahead = HTMLLookahead(inputs: planned.map(\.input), options: context.options)
                }
                if let html = reader as? HTMLReader, let extracted = lookahead?.extraction(at: index, diagnostics: context.diagnostics) {
                    if let read = try tolerating(input, explicit: file.explicit, { try html.corpus(extracted, input: input, context: context) }) {
                        parts.append((file.argument, read))
                    }
                } else if let read = try readFile(input, with: reader, explicit: file.explicit, progressBase: done, total: total) {
                    parts.append((file.argument, read))
                }
            } else {
                unclaimed += 1
            }
            done += file.size
            progress?(done, total)
        }
        if let batch = texts.flush() { parts.append((textsInput, batch)) }
        if unclaimed > 0 {
            context.diagnostics.report(Diagnostic(.note, "\(unclaimed) file\(unclaimed == 1 ? "" : "s") in the input folders skipped: not an article format newskit reads"))
        }
        return parts
    }

    /// Reads one input given as bytes or a file (a shard record), as if it had been found in a
    /// folder (`explicit` false: unknown formats are skipped) or named on the command line.
    /// - Returns: nil when no reader claims it, or it was skipped (empty; bad with --skip-invalid).
    /// - Throws: `ReadError`.
    public func readOne(_ input: Input, explicit: Bool) throws -> Corpus? {
        guard let reader = try claimingReader(input, explicit: explicit) else { return nil }
        return try readFile(input, with: reader, explicit: explicit, progressBase: 0, total: 0)
    }

    /// Text files up to this size are read whole before sniffing (`InputBytes.preload`).
    static let preloadLimit: Int64 = 1 << 20

    /// One file to read: named on the command line (`explicit`) or found in a folder.
    struct PlannedInput {
        var input: Input
        var explicit: Bool
        var size: Int64
        /// Position in the command line's list of inputs.
        var argument: Int
    }

    /// Checks every path and lists the files to read, folders walked, before reading any.
    private func plan(_ paths: [String]) throws -> [PlannedInput] {
        var planned: [PlannedInput] = []
        for (argument, path) in paths.enumerated() {
            if path == "-" {
                planned.append(PlannedInput(input: Input(displayPath: "-", url: nil), explicit: true, size: 0, argument: argument))
                continue
            }
            let status = try InputBytes.status(path)
            let url = URL(fileURLWithPath: path)
            guard status.isDirectory else {
                planned.append(PlannedInput(input: Input(displayPath: path, url: url), explicit: true, size: status.size, argument: argument))
                continue
            }
            for file in try FolderWalk.files(in: url, displayPath: path) where !isExcluded(file) {
                let size = (try? InputBytes.status(file.displayPath).size) ?? 0
                planned.append(PlannedInput(input: file, explicit: false, size: size, argument: argument))
            }
        }
        return planned
    }

    /// Whether `file` is one of the paths the run writes to (never read as input).
    private func isExcluded(_ file: Input) -> Bool {
        !context.options.excludedPaths.isEmpty && context.options.excludedPaths.contains(file.url?.standardizedFileURL.path ?? "")
    }

    /// Reads one file; an empty result means no reader claimed it (only for files found in folders).
    /// The reader that claims `input` (by name and first bytes), or nil.
    private func claimingReader(_ input: Input, explicit: Bool) throws -> (any Reader)? {
        let prefix = try InputBytes.prefix(input)
        return registry.reader(for: input, prefix: prefix) ?? (explicit ? fallback(for: input, prefix: prefix) : nil)
    }

    /// Reads one file with the reader that claimed it; nil when it was skipped.
    private func readFile(_ input: Input, with reader: any Reader, explicit: Bool, progressBase: Int64, total: Int64) throws -> Corpus? {
        var fileContext = context
        if let progress {
            fileContext.progress = { progress(progressBase + $0, total) }
        }
        return try tolerating(input, explicit: explicit) { try reader.read(input, context: fileContext) }
    }

    /// Runs `read`; an empty file, or with --skip-invalid a bad file found in a folder, becomes a
    /// warning and nil instead of an error.
    private func tolerating<T>(_ input: Input, explicit: Bool, _ read: () throws -> T) throws -> T? {
        do {
            return try read()
        } catch ReadError.emptyInput(let path) {
            context.diagnostics.warn("empty file, skipped", at: path)
            return nil
        } catch let error as ReadError where context.options.skipInvalid && !explicit {
            context.diagnostics.warn("skipped: \(error)", at: input.displayPath)
            return nil
        }
    }

    /// For standard input and files named on the command line with an unknown extension, judged
    /// from the first bytes: `[` or newskit corpus JSON is JSON; `{` is JSONL when the first line
    /// holds a whole object, else one (pretty-printed) JSON object; anything else is plain text
    /// (which refuses binary files with a clear error). Files found in folders are never sniffed:
    /// an unknown extension there means "not an article".
    private func fallback(for input: Input, prefix: Data) -> (any Reader)? {
        let body = prefix.drop(while: { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) })
        switch body.first {
        case UInt8(ascii: "["):
            return JSONReader()
        case UInt8(ascii: "{"):
            if body.range(of: Data("\"newskit-corpus\"".utf8)) != nil { return JSONReader() }
            let firstLine = body.prefix(while: { $0 != 0x0A }).reversed().drop(while: { [0x20, 0x09, 0x0D].contains($0) })
            return firstLine.first == UInt8(ascii: "}") ? JSONLReader() : JSONReader()
        default:
            return PlainTextReader()
        }
    }
}

