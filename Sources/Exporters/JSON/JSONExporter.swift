import Core
import Foundation

/// Writes newskit's corpus JSON (`"format": "newskit-corpus", "version": 1`; schema in
/// `schema/newskit-corpus.schema.json`): every document with its text, metadata and origin, then
/// the entities and mentions. Nothing is left out, so `newskit export corpus.json` reads it back to
/// an equal corpus. Streams one document at a time, one per line, keys sorted.
public struct JSONExporter: Exporter {
    public init() {}

    public let descriptor = ExporterDescriptor(
        name: "json",
        summary: "The whole corpus as newskit corpus JSON (documents, entities, mentions); reads back losslessly",
        defaultFileName: "corpus.json",
        mediaType: "application/json")

    public func export(_ corpus: Corpus, to destination: ExportDestination, context: ExportContext) throws {
        try context.options.validate(against: descriptor)
        let sink = try destination.byteSink(for: descriptor.name)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try sink.write("{\"format\":\"\(Corpus.formatName)\",\"version\":\(Corpus.formatVersion),")
        if let title = corpus.title {
            try sink.write("\"title\":")
            try sink.write(try encoder.encode(title))
            try sink.write(",")
        }
        try writeArray("documents", after: "\n", to: sink, encoder: encoder) { append in
            var done = 0
            let total = corpus.documents.count
            try corpus.documents.forEach { document in
                try append(document)
                done += 1
                context.progress.update("writing", done: done, total: total)
            }
        }
        try writeArray("entities", after: ",\n", to: sink, encoder: encoder) { append in
            for entity in corpus.entities { try append(entity) }
        }
        try writeArray("mentions", after: ",\n", to: sink, encoder: encoder) { append in
            for mention in corpus.mentions { try append(mention) }
        }
        try sink.write("\n}\n")
    }

    /// Writes `"key":[` then one item per line (as `items` hands them over), then `]`.
    private func writeArray(
        _ key: String, after separator: String, to sink: any ByteSink, encoder: JSONEncoder,
        _ items: ((any Encodable) throws -> Void) throws -> Void
    ) throws {
        try sink.write("\(separator)\"\(key)\":[")
        var first = true
        try items { item in
            try sink.write(first ? "\n" : ",\n")
            if let document = item as? Document {
                try DocumentJSON.write(document, encoder: encoder, to: sink)
            } else {
                try sink.write(try encoder.encode(item))
            }
            first = false
        }
        try sink.write("\n]")
    }
}
