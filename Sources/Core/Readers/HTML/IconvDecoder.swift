import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decodes legacy encodings other than windows-1252 (ISO-8859-2, Shift_JIS, KOI8-R, GBK, …)
/// through the C library's iconv, strictly: an invalid sequence fails instead of guessing.
enum IconvDecoder {
    enum Failure: Error, Equatable {
        /// iconv does not know the label.
        case unknownEncoding
        /// The bytes are not valid in that encoding; the offset of the first bad byte.
        case invalid(offset: Int)
    }

    static func decode(_ data: Data, label: String) -> Result<String, Failure> {
        let converter = iconv_open("UTF-8", label)
        guard let converter, Int(bitPattern: converter) != -1 else { return .failure(.unknownEncoding) }
        defer { iconv_close(converter) }
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { raw in
            for (index, byte) in raw.enumerated() { input[index] = CChar(bitPattern: byte) }
        }
        var output = [UInt8](repeating: 0, count: data.count * 4 + 16)
        let result: Result<Int, Failure> = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer = outBuffer.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
                var outLeft = outBuffer.count
                let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                if status == -1 || inLeft > 0 { return .failure(.invalid(offset: inBuffer.count - inLeft)) }
                return .success(outBuffer.count - outLeft)
            }
        }
        switch result {
        case .failure(let failure): return .failure(failure)
        case .success(let count): return .success(String(decoding: output.prefix(count), as: UTF8.self))
        }
    }
}
