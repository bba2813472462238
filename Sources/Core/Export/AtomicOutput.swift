import Foundation

/// Writes an output so that the final path holds either the old content or the complete new
/// content, never a half-written file: everything goes to a temporary file or folder beside the
/// target, which is renamed over it on success and removed on failure.
public enum AtomicOutput {
    /// Runs `body` with a destination for `layout`, then moves the result to `path`.
    /// Missing parent folders are created. A folder output replaces whatever is at `path`:
    /// callers check first that this loses nothing (`OutputPlacement.checkReplace`).
    /// - Parameter format: for a folder, the format written, named in the `OutputManifest` left
    ///   in it so that a later run recognises its own output; nil leaves none.
    /// - Throws: `ExportError` for paths that cannot be written, and whatever `body` throws.
    public static func write(to path: String, layout: OutputLayout, format: String? = nil, _ body: (ExportDestination) throws -> Void) throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let created = try createFolder(parent, display: path)
        // A failed export leaves no trace: not even the folders made for it.
        var succeeded = false
        defer { if !succeeded { removeEmptyFolders(created) } }
        let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).newskit-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8)).tmp")
        // Ctrl-C before the rename removes the temporary output too (InterruptCleanup).
        let pending = InterruptCleanup.shared.register(path: temporary.path)
        defer { InterruptCleanup.shared.unregister(pending) }
        switch layout {
        case .file:
            try writeFile(temporary: temporary, target: target, display: path, body)
        case .directory:
            try writeFolder(temporary: temporary, target: target, display: path, format: format, body)
        }
        succeeded = true
    }

    /// Streams a one-file format to standard output (not atomic: stdout cannot be taken back).
    public static func writeToStandardOutput(_ body: (ExportDestination) throws -> Void) throws {
        let sink = FileDescriptorSink(descriptor: STDOUT_FILENO, name: "stdout")
        try body(.sink(sink))
        try sink.flush()
    }

    private static func writeFile(temporary: URL, target: URL, display: String, _ body: (ExportDestination) throws -> Void) throws {
        if isFolder(target) {
            throw ExportError.badOutputPath(path: display, reason: "is a folder, but this format writes one file. Name a file, or give several formats to write into the folder.")
        }
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw ExportError.writeFailed(path: display, reason: String(cString: strerror(errno)))
        }
        var closed = false
        do {
            let sink = FileDescriptorSink(descriptor: descriptor, name: display)
            try body(.sink(sink))
            try sink.flush()
            closed = true
            guard close(descriptor) == 0 else { throw ExportError.writeFailed(path: display, reason: String(cString: strerror(errno))) }
            guard rename(temporary.path, target.path) == 0 else {
                throw ExportError.writeFailed(path: display, reason: String(cString: strerror(errno)))
            }
        } catch {
            if !closed { close(descriptor) }
            unlink(temporary.path)
            throw error
        }
    }

    private static func writeFolder(temporary: URL, target: URL, display: String, format: String?, _ body: (ExportDestination) throws -> Void) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: target.path), !isFolder(target) {
            throw ExportError.badOutputPath(path: display, reason: "is a file, but this format writes a folder. Name a folder.")
        }
        do {
            try manager.createDirectory(at: temporary, withIntermediateDirectories: false)
        } catch {
            throw ExportError.writeFailed(path: display, reason: InputBytes.reason(error))
        }
        do {
            try body(.directory(temporary))
            if let format { try OutputManifest.write(into: temporary, output: format) }
            try replaceFolder(target, with: temporary, display: display)
        } catch {
            try? manager.removeItem(at: temporary)
            throw error
        }
    }

    /// Moves `new` to `target`; an existing `target` is moved aside first and removed after.
    private static func replaceFolder(_ target: URL, with new: URL, display: String) throws {
        let manager = FileManager.default
        var backup: URL?
        if manager.fileExists(atPath: target.path) {
            let aside = new.deletingLastPathComponent().appendingPathComponent(new.lastPathComponent + ".old")
            guard rename(target.path, aside.path) == 0 else {
                throw ExportError.writeFailed(path: display, reason: String(cString: strerror(errno)))
            }
            backup = aside
        }
        guard rename(new.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            if let backup { rename(backup.path, target.path) }
            throw ExportError.writeFailed(path: display, reason: reason)
        }
        // Removing a large old folder takes a while: a Ctrl-C meanwhile must not leave it behind
        // as `NAME.old`. It is registered only now, once the new output is in place; before
        // the second rename it still held the only copy of the old output.
        if let backup {
            let pending = InterruptCleanup.shared.register(path: backup.path)
            defer { InterruptCleanup.shared.unregister(pending) }
            try? manager.removeItem(at: backup)
        }
    }

    /// Creates `folder` and any missing parents; returns the folders it created, deepest first.
    @discardableResult
    static func createFolder(_ folder: URL, display: String) throws -> [URL] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ExportError.badOutputPath(path: display, reason: "\(folder.path) is a file, so it cannot hold the output. Choose another --output.")
            }
            return []
        }
        var missing: [URL] = []
        var candidate = folder
        while !FileManager.default.fileExists(atPath: candidate.path), candidate.path != "/" {
            missing.append(candidate)
            candidate.deleteLastPathComponent()
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ExportError.badOutputPath(path: display, reason: "cannot create the folder \(folder.path) (\(InputBytes.reason(error))).")
        }
        return missing
    }

    /// Removes folders this run created, if they are still empty (deepest first).
    static func removeEmptyFolders(_ folders: [URL]) {
        for folder in folders { rmdir(folder.path) }
    }

    static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
