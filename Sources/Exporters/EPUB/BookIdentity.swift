import Core
import Foundation

/// The book's identifier: a `urn:uuid` made from a SHA-256 over every document (id, headline,
/// date, source, URL, text), the title and the language, so the same content always gets the
/// same identifier and any change gives a new one.
///
/// Documents are hashed one at a time into a chain (`state = SHA-256(state ‖ SHA-256(doc))`),
/// so no body is kept. The UUID takes the first 16 bytes of the final digest with the version
/// set to 8 (RFC 9562's custom UUID) and the RFC 4122 variant.
struct BookIdentity {
    private var state = Digest.sha256Hex(Data("newskit-epub-1".utf8))

    mutating func add(_ document: Document) {
        let fields = [document.id, document.title ?? "", document.date ?? "", document.source ?? "", document.url ?? "", document.text]
        let documentHash = Digest.sha256Hex(Data(fields.joined(separator: "\u{1F}").utf8))
        state = Digest.sha256Hex(Data((state + documentHash).utf8))
    }

    func identifier(options: EPUBOptions) -> String {
        let final = Array(Digest.sha256Hex(Data((state + "\u{1F}" + (options.title ?? "") + "\u{1F}" + options.language + "\u{1F}" + String(describing: options.duplicates)).utf8)).prefix(32))
        var hex = final
        hex[12] = "8"
        let variantDigits: [Character] = ["8", "9", "a", "b"]
        hex[16] = variantDigits[Int(String(hex[16]), radix: 16).map { $0 & 3 } ?? 0]
        let text = String(hex)
        func part(_ from: Int, _ length: Int) -> Substring {
            let start = text.index(text.startIndex, offsetBy: from)
            return text[start..<text.index(start, offsetBy: length)]
        }
        return "urn:uuid:\(part(0, 8))-\(part(8, 4))-\(part(12, 4))-\(part(16, 4))-\(part(20, 12))"
    }
}
