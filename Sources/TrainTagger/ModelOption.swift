import ArgumentParser
import Core
import Foundation

/// `--model FILE`, shared by the subcommands that tag: the given model or the bundled one.
struct ModelOption: ParsableArguments {
    @Option(help: "Read the model from this file (default: the bundled model).")
    var model: String?

    /// The tagger for the chosen model.
    /// - Throws: `TaggerError` if the file is missing or not a model.
    func tagger() throws -> NERTagger {
        try model.map { try NERTagger(contentsOf: URL(fileURLWithPath: $0)) } ?? NERTagger.bundled()
    }
}
