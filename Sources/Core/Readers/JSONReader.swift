import Foundation

/// Reads `.json` files: newskit's own corpus JSON (`"format": "newskit-corpus"`, entities and
/// mentions included), a JSON array of article objects, or a single article object.
/// Array elements get the id `FILE:N` (1-based index) when they have none.
public struct JSONReader: Reader {
    public let name = "JSON"

    public init() {}

    /// `.json` and `.json.gz` files. Standard input and unknown extensions are sniffed by `CorpusReader`.
    public func accepts(_ input: Input, prefix: Data) -> Bool {
        input.pathExtension == "json"
    }

    public func read(_ input: Input, context: ReadContext) throws -> Corpus {
        let data = try InputBytes.load(input, limit: max(context.options.maxDocumentBytes, 1 << 30))
        guard !data.isEmpty else { throw ReadError.emptyInput(path: input.displayPath) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw ReadError.malformedJSON(location: input.displayPath, reason: JSONLines.reason(error, data: data))
        }
        if let dictionary = object as? [String: Any], dictionary["format"] as? String == Corpus.formatName {
            return try CorpusJSON.decode(data, displayPath: input.displayPath)
        }
        let elements: [Any] = (object as? [Any]) ?? [object]
        var documents: [Document] = []
        for (offset, element) in elements.enumerated() {
            let number = offset + 1
            let location = "\(input.displayPath): element \(number)"
            do {
                guard let article = element as? [String: Any] else {
                    throw ReadError.wrongType(location: location, key: "(element)", expected: "an object", found: ArticleObject.typeName(element))
                }
                let bytes = (try? JSONSerialization.data(withJSONObject: article, options: [.sortedKeys])) ?? Data()
                documents.append(try ArticleObject.document(
                    from: article, location: location, defaultID: "\(input.fileName):\(number)",
                    origin: Origin(path: input.displayPath, line: elements.count > 1 ? number : nil, sha256: Digest.sha256Hex(bytes)),
                    diagnostics: context.diagnostics))
            } catch let error as ReadError where context.options.skipInvalid {
                context.diagnostics.warn("skipped: \(error)", at: location)
            }
        }
        return Corpus(documents: documents)
    }
}

/// newskit's versioned corpus JSON: decoding with messages for people.
public enum CorpusJSON {
    /// Decodes corpus JSON, mapping `DecodingError` to a `ReadError` naming the file and key path.
    public static func decode(_ data: Data, displayPath: String) throws -> Corpus {
        do {
            return try JSONDecoder().decode(Corpus.self, from: data)
        } catch let error as DecodingError {
            throw ReadError.invalidInput(location: displayPath, reason: describe(error) + ". Is this a newskit corpus file?")
        } catch {
            throw ReadError.malformedJSON(location: displayPath, reason: JSONLines.reason(error, data: data))
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .typeMismatch(let type, let context): return "\(path(context)): expected \(type)"
        case .valueNotFound(let type, let context): return "\(path(context)): missing \(type)"
        case .keyNotFound(let key, let context): return "\(path(context)): missing \"\(key.stringValue)\""
        case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "not a valid corpus"
        }
    }
}
