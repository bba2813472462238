import Core
import Foundation

/// One document of corpus JSON, as `JSONEncoder` writes it, with a long text streamed.
///
/// `JSONEncoder` builds a document's whole JSON in memory, and for a 64 MiB text that meant
/// about three copies of it at once. A text longer than `streamingBytes` is written in its
/// place in the encoded document by `JSONStringWriter` instead: the rest of the document is
/// encoded with a unique placeholder for the text, and the output is cut around it. The
/// bytes are the same as `JSONEncoder`'s; shorter texts (all news) are encoded as before.
enum DocumentJSON {
    static let streamingBytes = 1 << 20

    static func write(_ document: Document, encoder: JSONEncoder, to sink: any ByteSink) throws {
        guard document.text.utf8.count > streamingBytes else {
            try sink.write(try encoder.encode(document))
            return
        }
        var shell = document
        // Random, so no field of the document can hold it; it never reaches the output.
        let placeholder = "newskit-text-\(UUID().uuidString)"
        shell.text = placeholder
        let encoded = try encoder.encode(shell)
        let marker = Data("\"\(placeholder)\"".utf8)
        guard let found = encoded.range(of: marker), encoded[found.upperBound...].range(of: marker) == nil else {
            try sink.write(try encoder.encode(document))
            return
        }
        try sink.write(encoded[..<found.lowerBound])
        try JSONStringWriter.write(document.text, escapingSlashes: false) { try sink.write($0) }
        try sink.write(encoded[found.upperBound...])
    }
}
