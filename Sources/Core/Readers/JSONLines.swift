import Foundation

/// Splits a file into lines in fixed-size chunks, so a huge file needs no more memory than its
/// longest line, and a line over the limit fails fast with its line number.
enum JSONLines {
    static let chunkSize = 1 << 20

    static func forEachLine(of input: Input, limit: Int, _ body: (Data, LineRange) throws -> Void) throws {
        if let data = input.data {
            try split(data, baseOffset: 0, firstLine: 1, input: input, limit: limit, body)
            return
        }
        guard let url = input.url else { throw ReadError.missingInput(path: input.displayPath) }
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw ReadError.unreadable(path: input.displayPath, reason: InputBytes.reason(error))
        }
        defer { try? handle.close() }
        var pending = Data()
        var pendingOffset: UInt64 = 0
        var lineNumber = 1
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: chunkSize) ?? Data()
            } catch {
                throw ReadError.unreadable(path: input.displayPath, reason: InputBytes.reason(error))
            }
            if chunk.isEmpty { break }
            pending.append(chunk)
            guard let lastNewline = pending.lastIndex(of: 0x0A) else {
                if pending.count > limit {
                    throw ReadError.tooLarge(location: "\(input.displayPath):\(lineNumber)", size: pending.count, limit: limit)
                }
                continue
            }
            let complete = pending[pending.startIndex...lastNewline]
            lineNumber = try split(Data(complete), baseOffset: pendingOffset, firstLine: lineNumber, input: input, limit: limit, body)
            pendingOffset += UInt64(complete.count)
            pending = Data(pending[(lastNewline + 1)...])
        }
        if !pending.isEmpty {
            _ = try split(pending, baseOffset: pendingOffset, firstLine: lineNumber, input: input, limit: limit, body)
        }
    }

    /// Calls `body` for each line of `data`; returns the number of the line after the last.
    @discardableResult
    static func split(
        _ data: Data, baseOffset: UInt64, firstLine: Int, input: Input, limit: Int, _ body: (Data, LineRange) throws -> Void
    ) throws -> Int {
        var number = firstLine
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            var line = data[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            if line.count > limit {
                throw ReadError.tooLarge(location: "\(input.displayPath):\(number)", size: line.count, limit: limit)
            }
            let offset = baseOffset + UInt64(start - data.startIndex)
            try body(Data(line), LineRange(offset: offset, length: line.count, number: number))
            number += 1
            start = end == data.endIndex ? end : end + 1
        }
        return number
    }

    static func readRange(_ url: URL, offset: UInt64, length: Int, displayPath: String) throws -> Data {
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            try handle.seek(toOffset: offset)
            let data = try handle.read(upToCount: length) ?? Data()
            guard data.count == length else { throw ReadError.changedSinceRead(path: displayPath) }
            return data
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError.unreadable(path: displayPath, reason: InputBytes.reason(error))
        }
    }

    /// A short reason for a JSON parse failure, without Foundation's coding paths.
    static func reason(_ error: Error, line: Data) -> String {
        let nsError = error as NSError
        if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String, !detail.isEmpty {
            return detail
        }
        if line.first != UInt8(ascii: "{") { return "a line must hold one JSON object" }
        return "not valid JSON"
    }
}
