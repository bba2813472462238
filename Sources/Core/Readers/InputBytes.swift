import Foundation

/// Reading an input's bytes with the checks every reader needs: existence, size limit, binary sniffing.
enum InputBytes {
    /// All bytes of `input` (decompressed, for `.gz`), refusing more than `limit` bytes.
    static func load(_ input: Input, limit: Int) throws -> Data {
        if let data = input.data, !input.isGzip {
            guard data.count <= limit else {
                throw ReadError.tooLarge(location: input.displayPath, size: data.count, limit: limit)
            }
            return data
        }
        guard input.url != nil || input.data != nil else { throw ReadError.missingInput(path: input.displayPath) }
        if !input.isGzip, let url = input.url {
            // The size is known: refuse before reading a byte.
            let size = try status(url.path, displayPath: input.displayPath).size
            guard size <= Int64(limit) else {
                throw ReadError.tooLarge(location: input.displayPath, size: Int(size), limit: limit)
            }
        }
        return try collect(input, upTo: limit)
    }

    /// All bytes of the regular, uncompressed file behind `input` when it still has `size`
    /// bytes (as planned); nil on any error or surprise, so that the caller's usual path reads
    /// the file and reports what is wrong.
    static func preload(_ input: Input, size: Int64) -> Data? {
        guard let url = input.url, !input.isGzip, size > 0 else { return nil }
        guard var source = try? FileByteSource(url: url, displayPath: input.displayPath) else { return nil }
        var data = Data(count: Int(size) + 1)
        // One byte more than planned is asked for: a file that grew goes the usual way too.
        guard let filled = try? data.withUnsafeMutableBytes({ try source.fill($0) }), filled == Int(size) else { return nil }
        data.count = filled
        return data
    }

    /// The first `count` bytes of `input` (decompressed, for `.gz`; fewer for a short file).
    /// - Throws: `ReadError.unreadable` when the file cannot be opened or read.
    static func prefix(_ input: Input, count: Int = 4096) throws -> Data {
        if let data = input.data, !input.isGzip { return data.prefix(count) }
        var source = try JSONLReader.source(for: input)
        var bytes = Data(count: count)
        bytes.count = try bytes.withUnsafeMutableBytes { try source.fill($0) }
        return bytes
    }

    /// Reads the whole stream of `input`, failing once it passes `limit` bytes.
    private static func collect(_ input: Input, upTo limit: Int) throws -> Data {
        var source = try JSONLReader.source(for: input)
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            if count == 0 { return data }
            guard data.count + count <= limit else {
                throw ReadError.tooLarge(location: input.displayPath, size: data.count + count, limit: limit)
            }
            data.append(contentsOf: chunk[..<count])
        }
    }

    /// What `stat(2)` says about a path the user named.
    struct Status {
        var isDirectory: Bool
        var size: Int64
    }

    /// Whether `path` exists, is a folder, and its size.
    /// - Throws: `ReadError.missingInput` when nothing is there; `ReadError.unreadable` with the
    ///   system's reason otherwise (a symbolic link loop or to nowhere, a parent that is a file, …).
    static func status(_ path: String, displayPath: String? = nil) throws -> Status {
        let shown = displayPath ?? path
        var info = stat()
        if stat(path, &info) == 0 {
            return Status(isDirectory: (info.st_mode & S_IFMT) == S_IFDIR, size: Int64(info.st_size))
        }
        let code = errno
        if code == ENOENT {
            var link = stat()
            guard lstat(path, &link) == 0 else { throw ReadError.missingInput(path: shown) }
            throw ReadError.unreadable(path: shown, reason: "a symbolic link to a missing file")
        }
        throw ReadError.unreadable(path: shown, reason: String(cString: strerror(code)))
    }

    /// Offset of the first NUL byte in `data`, which text never has.
    static func firstNUL(in data: Data) -> Int? {
        // Over the raw bytes: iterating `Data` itself checks exclusive access to its storage on
        // every byte, which made this scan 3% of an export's time.
        data.withUnsafeBytes { $0.firstIndex(of: 0) }
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
