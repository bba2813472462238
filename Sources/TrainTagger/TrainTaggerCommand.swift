import ArgumentParser
import Core
import Foundation

/// `newskit-train`: trains the NER tagger on CoNLL-2003 and evaluates it (docs/tagger.md).
@main
struct TrainTaggerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newskit-train",
        abstract: "Train and evaluate newskit's named-entity tagger.",
        subcommands: [Train.self, Evaluate.self, Bench.self, Tag.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as NewskitError {
            FileHandle.standardError.write(Data("newskit-train: \(error.description)\n".utf8))
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}

extension TrainTaggerCommand {
    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train a model on a CoNLL-2003 file and write it gzip-compressed.",
            discussion: "Example: newskit-train train --train conll2003-train.conll.gz --output Sources/Core/Resources/ner-model.bin.gz --gazetteer tools/ner-gazetteer.tsv --clusters tools/word-clusters.tsv --epochs 11 --seed 1 --runs 3 --bucket-bits 21 (the bundled model; CoNLL-2003 is research-licensed data you supply)"
        )

        @Option(help: "Read training sentences from this CoNLL file (plain or .gz).")
        var train: String
        @Option(help: "Print dev scores after each epoch on this CoNLL file (tuning only).")
        var dev: String?
        @Option(help: "Read the place-name lists from this file (tools/build_ner_gazetteer.py).")
        var gazetteer = "tools/ner-gazetteer.tsv"
        @Option(help: "Read word clusters from this file (tools/build_word_clusters.py); empty for none.")
        var clusters = "tools/word-clusters.tsv"
        @Option(help: "Write the model here.")
        var output: String
        @Option(help: "Make this many passes over the training data.")
        var epochs = 12
        @Option(help: "Seed the document shuffle with this number.")
        var seed: UInt64 = 1
        @Option(help: "Use 2^N feature hash buckets.")
        var bucketBits = 21
        @Option(help: "Train this many times (seeds --seed, --seed + 1 ...) and average the weights.")
        var runs = 1

        func run() throws {
            let corpus = try CoNLLCorpus(contentsOf: URL(fileURLWithPath: train))
            let devCorpus = try dev.map { try CoNLLCorpus(contentsOf: URL(fileURLWithPath: $0)) }
            let tsv: String
            do { tsv = try String(contentsOfFile: gazetteer, encoding: .utf8) } catch {
                throw TaggerError.unreadable(path: gazetteer, reason: error.localizedDescription)
            }
            var clusterTSV = ""
            if !clusters.isEmpty {
                do { clusterTSV = try String(contentsOfFile: clusters, encoding: .utf8) } catch {
                    throw TaggerError.unreadable(path: clusters, reason: error.localizedDescription)
                }
            }
            let trainer = NERTrainer(epochs: epochs, seed: seed, bucketBits: bucketBits, runs: runs)
            let model = trainer.train(corpus, gazetteerTSV: tsv, clustersTSV: clusterTSV) { run, epoch, model in
                let name = runs > 1 ? "run \(run) epoch \(epoch)" : "epoch \(epoch)"
                guard let devCorpus else { return print("\(name) done"); }
                let f1 = NEREvaluation.run(NERTagger(model: model), on: devCorpus).scores().f1
                print("\(name): dev micro F1 (PER/ORG/LOC) \(NEREvaluation.format(f1))")
            }
            let bytes = try model.encoded()
            do { try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                throw TaggerError.unreadable(path: output, reason: "cannot write: \(error.localizedDescription)")
            }
            print("wrote \(output) (\(bytes.count) bytes)")
        }
    }

    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score a model on a CoNLL-2003 file: exact-span P/R/F1 for PER, ORG, LOC and micro."
        )

        @OptionGroup var modelOption: ModelOption
        @Option(help: "Score against this CoNLL file (plain or .gz).")
        var conll: String

        func run() throws {
            let tagger = try modelOption.tagger()
            let corpus = try CoNLLCorpus(contentsOf: URL(fileURLWithPath: conll))
            print(NEREvaluation.run(tagger, on: corpus).table)
        }
    }
}
