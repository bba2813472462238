import Foundation

/// The note newskit leaves in every folder output (`.newskit-output.json`), so that a later run
/// can tell its own previous output from a folder holding anything else.
///
/// ```json
/// {"files":["documents.csv","entities.csv","mentions.csv","places.csv"],"format":"newskit-output","output":"csv","version":1}
/// ```
/// - `format`, `version`: what this file is (readers refuse other formats and larger versions);
/// - `output`: the export format that wrote the folder (`csv`, or a plugin's name);
/// - `files`: every file written, as paths relative to the folder, sorted; folders are implied.
///
/// A folder may be replaced by a new output of the same format when it is empty or holds exactly
/// such an output: a manifest naming that format, and nothing the manifest does not list (files
/// it lists may be missing). The manifest has no date or version of newskit, so outputs stay
/// byte-identical run after run.
public struct OutputManifest: Codable, Equatable, Sendable {
    /// The manifest's name inside the folder (hidden, so folder listings stay as they were).
    public static let fileName = ".newskit-output.json"
    public static let formatName = "newskit-output"
    public static let formatVersion = 1

    public var format: String
    public var version: Int
    /// The export format that wrote the folder.
    public var output: String
    /// The files written, relative to the folder, sorted by their UTF-8 bytes.
    public var files: [String]

    public init(output: String, files: [String]) {
        format = Self.formatName
        version = Self.formatVersion
        self.output = output
        self.files = files.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// What a folder holds, as far as replacing it goes.
    public enum FolderState: Equatable, Sendable {
        /// Nothing there yet (or an empty folder): writing loses nothing.
        case free
        /// A previous output of the same format, and nothing else.
        case previousOutput
        /// Something newskit did not write, or another format's output: the reason, for people.
        case foreign(String)
    }

    /// Writes the manifest of everything under `folder` (an output just written) into it.
    /// - Throws: `ExportError.writeFailed` when the folder cannot be listed or written.
    public static func write(into folder: URL, output: String) throws {
        let manifest = OutputManifest(output: output, files: try files(under: folder).filter { $0 != fileName })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(manifest)
            data.append(0x0A)
            try data.write(to: folder.appendingPathComponent(fileName))
        } catch {
            throw ExportError.writeFailed(path: folder.appendingPathComponent(fileName).path, reason: InputBytes.reason(error))
        }
    }

    /// Whether `folder` may be replaced by a new output of format `output`.
    public static func state(of folder: URL, output: String) -> FolderState {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else { return .free }
        guard isFolder.boolValue else { return .foreign("is a file, but this format writes a folder") }
        guard let found = try? files(under: folder) else { return .foreign("cannot be listed") }
        if found.isEmpty { return .free }
        guard found.contains(fileName) else {
            return .foreign("holds files newskit did not write (\(sample(found))) and no \(fileName)")
        }
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)),
              let manifest = try? JSONDecoder().decode(OutputManifest.self, from: data),
              manifest.format == formatName, manifest.version <= formatVersion else {
            return .foreign("has a \(fileName) newskit cannot read")
        }
        guard manifest.output == output else {
            return .foreign("holds a \(manifest.output) output, not a \(output) one")
        }
        let listed = Set(manifest.files + [fileName])
        let unlisted = found.filter { !listed.contains($0) }
        guard unlisted.isEmpty else {
            return .foreign("holds files the previous \(output) output did not write (\(sample(unlisted)))")
        }
        return .previousOutput
    }

    /// Every entry under `folder` that is not a folder (files, links, ...), relative and sorted;
    /// an empty sub-folder counts as an entry too, since replacing the folder would remove it.
    /// - Throws: when `folder` is missing, not a folder or unreadable.
    static func files(under folder: URL) throws -> [String] {
        let manager = FileManager.default
        var found: [String] = []
        func walk(_ relative: String) throws {
            let url = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
            let names = try manager.contentsOfDirectory(atPath: url.path)
            if names.isEmpty, !relative.isEmpty { found.append(relative + "/") }
            for name in names {
                let path = relative.isEmpty ? name : relative + "/" + name
                var status = stat()
                let isFolder = lstat(folder.appendingPathComponent(path).path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
                if isFolder { try walk(path) } else { found.append(path) }
            }
        }
        try walk("")
        return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// A few names for a message: the first three, then how many more.
    private static func sample(_ names: [String]) -> String {
        let shown = names.filter { $0 != fileName }.prefix(3).joined(separator: ", ")
        let more = names.filter { $0 != fileName }.count - 3
        return more > 0 ? "\(shown) and \(more) more" : shown
    }
}
