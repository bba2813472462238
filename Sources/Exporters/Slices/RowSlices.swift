import Core
import Foundation

/// A corpus written as row slices (`newskit merge-step rows`, one folder per slice) plus what the
/// final write needs of the whole: the entities (from the resolution), their usage folded from
/// the slices' usage rows, and the slices' summaries merged. Holds per-entity state only; the
/// rows stay in the slice files until they are copied, in slice order, into the output.
public struct RowSlices {
    /// The slice folders in order (`slice-00000`, `slice-00001`, …).
    let folders: [URL]
    let entities: [Entity]
    let usage: EntityUsage
    let summary: SliceSummary

    public var sliceCount: Int { folders.count }
    public var documentCount: Int { summary.documents }
    public var entityCount: Int { entities.count }

    /// The corpus as the per-entity writers see it: entities only.
    var entityCorpus: Corpus { Corpus(documents: DocumentStore([Document]()), entities: entities) }

    /// Reads the slices under `folder`, the usage rows in `usage` (files, any grouping), and the
    /// entities of the resolution file at `resolution`.
    /// - Throws: `SliceError` when a slice is missing or unreadable; `PartialError`
    ///   and `ReadError` for the usage and resolution files.
    public static func read(folder: String, usage: [String], resolution: String) throws -> RowSlices {
        let folders = try sliceFolders(in: folder)
        var summary = SliceSummary()
        for slice in folders {
            let file = slice.appendingPathComponent(SliceSummary.fileName)
            guard let data = try? Data(contentsOf: file), let read = try? JSONDecoder().decode(SliceSummary.self, from: data) else {
                throw SliceError.badSlices(path: file.path, reason: "missing or not a slice summary (did `merge-step rows` finish for this slice?)")
            }
            summary = summary.merged(with: read)
        }
        var rows: [UsageRow] = []
        for path in usage {
            try LineStream.forEachLine(of: path, limit: PartialFile.lineLimit) { line, number in
                rows.append(try LineStream.decode(UsageRow.self, line, location: "\(path):\(number)", what: "a usage row"))
            }
        }
        let entities = try ResolutionFile.read(path: resolution, keys: false).entities
        return RowSlices(folders: folders, entities: entities, usage: EntityUsage(folding: rows), summary: summary)
    }

    /// `folder`'s `slice-N` folders by N, which must run 0, 1, 2… without a gap.
    private static func sliceFolders(in folder: String) throws -> [URL] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder) } catch {
            throw SliceError.badSlices(path: folder, reason: "cannot be listed (\(error.localizedDescription))")
        }
        let numbered = names.compactMap { name -> (Int, String)? in
            guard name.hasPrefix(TableSlice.folderPrefix), let number = Int(name.dropFirst(TableSlice.folderPrefix.count)) else { return nil }
            return (number, name)
        }.sorted { $0.0 < $1.0 }
        for (expected, (number, _)) in numbered.enumerated() where number != expected {
            throw SliceError.badSlices(path: folder, reason: "slice \(expected) is missing (found \(TableSlice.folderName(number)) after it)")
        }
        guard !numbered.isEmpty else { throw SliceError.badSlices(path: folder, reason: "holds no \(TableSlice.folderPrefix)N folders") }
        return numbered.map { URL(fileURLWithPath: folder).appendingPathComponent($0.1) }
    }

    /// Copies file `name` of every slice, in order, into `sink`.
    func copyRows(_ name: String, to sink: any ByteSink) throws {
        for folder in folders {
            let path = folder.appendingPathComponent(name).path
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw SliceError.badSlices(path: path, reason: "cannot be opened")
            }
            defer { try? handle.close() }
            while true {
                let chunk: Data?
                do { chunk = try handle.read(upToCount: 1 << 20) } catch {
                    throw SliceError.badSlices(path: path, reason: error.localizedDescription)
                }
                guard let chunk, !chunk.isEmpty else { break }
                try sink.write(chunk)
            }
        }
    }
}
