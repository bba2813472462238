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
        try sink.write("\n\"documents\":[")
        var first = true
        try corpus.documents.forEach { document in
            try sink.write(first ? "\n" : ",\n")
            try sink.write(try encoder.encode(document))
            first = false
        }
        try writeArray("entities", corpus.entities, to: sink, encoder: encoder)
        try writeArray("mentions", corpus.mentions, to: sink, encoder: encoder)
        try sink.write("\n}\n")
    }

    private func writeArray<T: Encodable>(_ key: String, _ items: [T], to sink: any ByteSink, encoder: JSONEncoder) throws {
        try sink.write("\n],\n\"\(key)\":[")
        for (index, item) in items.enumerated() {
            try sink.write(index == 0 ? "\n" : ",\n")
            try sink.write(try encoder.encode(item))
        }
        if key == "mentions" { try sink.write("\n]") }
    }
}
