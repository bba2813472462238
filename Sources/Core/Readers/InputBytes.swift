import Foundation

/// Reading an input's bytes with the checks every reader needs: existence, size limit, binary sniffing.
enum InputBytes {
    /// All bytes of `input`, refusing files over `limit`.
    static func load(_ input: Input, limit: Int) throws -> Data {
        if let data = input.data {
            guard data.count <= limit else {
                throw ReadError.tooLarge(location: input.displayPath, size: data.count, limit: limit)
            }
            return data
        }
        guard let url = input.url else { throw ReadError.missingInput(path: input.displayPath) }
        let size = try fileSize(url, displayPath: input.displayPath)
        guard size <= limit else {
            throw ReadError.tooLarge(location: input.displayPath, size: size, limit: limit)
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ReadError.unreadable(path: input.displayPath, reason: Self.reason(error))
        }
    }

    /// The first `count` bytes of `input` (fewer for a short file).
    /// - Throws: `ReadError.unreadable` when the file cannot be opened or read.
    static func prefix(_ input: Input, count: Int = 4096) throws -> Data {
        if let data = input.data { return data.prefix(count) }
        guard let url = input.url else { throw ReadError.missingInput(path: input.displayPath) }
        let source = try FileByteSource(url: url, displayPath: input.displayPath)
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let read = try bytes.withUnsafeMutableBytes { try source.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if read == 0 { break }
            filled += read
        }
        return Data(bytes[..<filled])
    }

    /// What `stat(2)` says about a path the user named.
    struct Status {
        var isDirectory: Bool
        var size: Int64
    }

    /// Whether `path` exists, is a folder, and its size.
    /// - Throws: `ReadError.missingInput` when nothing is there; `ReadError.unreadable` with the
    ///   system's reason otherwise (a symbolic link loop or to nowhere, a parent that is a file, …).
    static func status(_ path: String) throws -> Status {
        var info = stat()
        if stat(path, &info) == 0 {
            return Status(isDirectory: (info.st_mode & S_IFMT) == S_IFDIR, size: Int64(info.st_size))
        }
        let code = errno
        if code == ENOENT {
            var link = stat()
            guard lstat(path, &link) == 0 else { throw ReadError.missingInput(path: path) }
            throw ReadError.unreadable(path: path, reason: "a symbolic link to a missing file")
        }
        throw ReadError.unreadable(path: path, reason: String(cString: strerror(code)))
    }

    static func fileSize(_ url: URL, displayPath: String) throws -> Int {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            return (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw ReadError.unreadable(path: displayPath, reason: Self.reason(error))
        }
    }

    /// Offset of the first NUL byte in `data`, which text never has.
    static func firstNUL(in data: Data) -> Int? {
        data.firstIndex(of: 0).map { $0 - data.startIndex }
    }

    static func reason(_ error: Error) -> String {
        if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileReadNoPermission: return "permission denied"
            case .fileReadNoSuchFile: return "no such file"
            default: break
            }
        }
        return (error as NSError).localizedDescription
    }
}
