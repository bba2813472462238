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

    public init(registry: ReaderRegistry = .builtIn, context: ReadContext = ReadContext()) {
        self.registry = registry
        self.context = context
    }

    /// Reads every path in order. `standardInput` is called at most once, for `-`.
    /// - Throws: `ReadError`.
    public func read(paths: [String], standardInput: () throws -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) throws -> Corpus {
        var parts: [Corpus] = []
        var unclaimed = 0
        for path in paths {
            if path == "-" {
                let data = try standardInput()
                parts.append(contentsOf: try readFile(Input(displayPath: "-", url: nil, data: data), explicit: true))
                continue
            }
            let url = URL(fileURLWithPath: path)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ReadError.missingInput(path: path)
            }
            if isDirectory.boolValue {
                for file in try FolderWalk.files(in: url, displayPath: path) where !context.options.excludedPaths.contains(file.url?.standardizedFileURL.path ?? "") {
                    let read = try readFile(file, explicit: false)
                    if read.isEmpty { unclaimed += 1 }
                    parts.append(contentsOf: read)
                }
            } else {
                parts.append(contentsOf: try readFile(Input(displayPath: path, url: url), explicit: true))
            }
        }
        if unclaimed > 0 {
            context.diagnostics.report(Diagnostic(.note, "\(unclaimed) file\(unclaimed == 1 ? "" : "s") in the input folders skipped: not an article format newskit reads"))
        }
        let corpus = CorpusMerge.concatenate(parts, diagnostics: context.diagnostics)
        guard !corpus.documents.isEmpty else { throw ReadError.noArticles(inputs: paths) }
        return corpus
    }

    /// Reads one file; an empty result means no reader claimed it (only for files found in folders).
    private func readFile(_ input: Input, explicit: Bool) throws -> [Corpus] {
        let prefix = try InputBytes.prefix(input)
        guard let reader = registry.reader(for: input, prefix: prefix) ?? (explicit ? fallback(for: input, prefix: prefix) : nil) else {
            return []
        }
        do {
            return [try reader.read(input, context: context)]
        } catch ReadError.emptyInput(let path) {
            context.diagnostics.warn("empty file, skipped", at: path)
            return [Corpus.empty]
        } catch let error as ReadError where context.options.skipInvalid && !explicit {
            context.diagnostics.warn("skipped: \(error)", at: input.displayPath)
            return [Corpus.empty]
        }
    }

    /// For a file named on the command line with an unknown extension: JSONL when it looks like
    /// one object per line, else plain text (which refuses binary files with a clear error).
    private func fallback(for input: Input, prefix: Data) -> (any Reader)? {
        let first = prefix.drop(while: { [0x20, 0x09, 0x0A, 0x0D].contains($0) }).first
        if first == UInt8(ascii: "{") { return JSONLReader() }
        return PlainTextReader()
    }
}

/// Lists the files of a folder the way newskit reads them.
enum FolderWalk {
    static func files(in folder: URL, displayPath: String) throws -> [Input] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(
            at: folder, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
            options: [.skipsHiddenFiles, .skipsPackageDescendants]) else {
            throw ReadError.unreadable(path: displayPath, reason: "cannot list the folder")
        }
        var found: [(relative: String, url: URL)] = []
        let base = folder.standardizedFileURL.path
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey])
            guard values?.isRegularFile == true else { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : url.lastPathComponent
            found.append((relative, url))
        }
        // Byte order of the relative path: the same on every machine and locale.
        found.sort { Array($0.relative.utf8).lexicographicallyPrecedes(Array($1.relative.utf8)) }
        let prefix = displayPath.hasSuffix("/") ? displayPath : displayPath + "/"
        return found.map { Input(displayPath: prefix + $0.relative, url: $0.url) }
    }
}
