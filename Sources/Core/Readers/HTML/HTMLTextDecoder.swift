import Foundation

/// Turns a page's bytes into text: the declared encoding first (see `HTMLCharset`), with a clean
/// fallback for pages that lie about it. Every fallback is one warning naming the file.
///
/// - Declared UTF-8 (or nothing declared) but not valid UTF-8: windows-1252, unless most
///   non-ASCII bytes do form UTF-8 (then UTF-8 with U+FFFD for the few bad bytes).
/// - Declared a legacy encoding but the bytes are valid UTF-8 with non-ASCII characters: UTF-8
///   (real legacy text is practically never valid UTF-8; decoding it as declared gives mojibake).
/// - Declared a legacy encoding that iconv does not know or that fails on the bytes: UTF-8 if
///   valid, else windows-1252.
/// - Text that is still mojibake after decoding (UTF-8 encoded twice: `Ã©` for `é`) is repaired
///   when undoing one windows-1252 round gives valid UTF-8 with fewer marks.
enum HTMLTextDecoder {
    static func decode(_ data: Data, transport: String? = nil, location: String, diagnostics: any DiagnosticSink) -> String {
        let declaration = HTMLCharset.declared(in: data, transport: transport)
        let body = data.dropFirst(declaration?.bomLength ?? 0)
        let text = decode(body, declaration: declaration, location: location, diagnostics: diagnostics)
        return repairDoubleEncoding(text, location: location, diagnostics: diagnostics)
    }

    private static func decode(
        _ body: Data, declaration: (charset: HTMLCharset, source: HTMLCharset.Source, bomLength: Int)?,
        location: String, diagnostics: any DiagnosticSink
    ) -> String {
        let utf8 = String(validating: body, as: UTF8.self)
        guard let declaration else {
            if let utf8 { return utf8 }
            return fallbackFromBrokenUTF8(body, why: "declares no charset and is not valid UTF-8", location: location, diagnostics: diagnostics)
        }
        let said = "declares \(declaration.charset.name) (\(declaration.source.rawValue))"
        switch declaration.charset {
        case .utf8:
            if let utf8 { return utf8 }
            return fallbackFromBrokenUTF8(body, why: "\(said) but is not valid UTF-8", location: location, diagnostics: diagnostics)
        case .utf16BigEndian, .utf16LittleEndian:
            let encoding: String.Encoding = declaration.charset == .utf16BigEndian ? .utf16BigEndian : .utf16LittleEndian
            if let text = String(data: body, encoding: encoding) { return text }
            diagnostics.warn("\(said) but is not valid \(declaration.charset.name); decoded as windows-1252", at: location)
            return Windows1252.decode(body)
        case .windows1252:
            if let utf8, hasNonASCII(body) {
                diagnostics.warn("\(said) but its bytes are UTF-8; decoded as UTF-8", at: location)
                return utf8
            }
            return Windows1252.decode(body)
        case .other(let label):
            if let utf8, hasNonASCII(body) {
                diagnostics.warn("\(said) but its bytes are UTF-8; decoded as UTF-8", at: location)
                return utf8
            }
            switch IconvDecoder.decode(body, label: label) {
            case .success(let text): return text
            case .failure(let failure):
                let problem = switch failure {
                case .unknownEncoding: "an encoding newskit does not know"
                case .invalid(let offset): "but byte \(offset) is not valid in it"
                }
                if let utf8 {
                    diagnostics.warn("\(said), \(problem); decoded as UTF-8", at: location)
                    return utf8
                }
                diagnostics.warn("\(said), \(problem); decoded as windows-1252", at: location)
                return Windows1252.decode(body)
            }
        }
    }

    /// Bytes that are not valid UTF-8: windows-1252, unless they are mostly UTF-8 with a few bad bytes.
    private static func fallbackFromBrokenUTF8(_ body: Data, why: String, location: String, diagnostics: any DiagnosticSink) -> String {
        let invalid = TextDecoding.invalidSequenceCount(body)
        let multiByte = body.filter { $0 >= 0xC2 && $0 <= 0xF4 }.count
        if multiByte > invalid * 4 {
            let offset = TextDecoding.firstInvalidOffset(body)
            diagnostics.warn("\(why) (\(invalid) bad sequence\(invalid == 1 ? "" : "s"), first at byte \(offset)); decoded as UTF-8 with U+FFFD for them", at: location)
            return String(decoding: body, as: UTF8.self)
        }
        diagnostics.warn("\(why); decoded as windows-1252", at: location)
        return Windows1252.decode(body)
    }

    private static func hasNonASCII(_ body: Data) -> Bool {
        body.contains { $0 >= 0x80 }
    }

    /// Marks of UTF-8 read as windows-1252: `Ã` or `Â` before a Latin-1 symbol, `â€` before punctuation.
    static func mojibakeCount(_ text: String) -> Int {
        var count = 0
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if (previous == "Ã" || previous == "Â") && (0x80...0xBF).contains(scalar.value) { count += 1 }
            if previous == "â" && scalar == "\u{20AC}" { count += 1 }
            previous = scalar
        }
        return count
    }

    private static func repairDoubleEncoding(_ text: String, location: String, diagnostics: any DiagnosticSink) -> String {
        let marks = mojibakeCount(text)
        guard marks >= 2, let bytes = Windows1252.encode(text),
              let repaired = String(validating: bytes, as: UTF8.self),
              mojibakeCount(repaired) < marks else { return text }
        diagnostics.warn("text was UTF-8 encoded twice (\(marks) marks such as \"Ã©\"); repaired", at: location)
        return repaired
    }
}
