import ArgumentParser
import Core
import Foundation

extension TrainTaggerCommand {
    /// `newskit-train tag`: prints the spans the tagger finds in text files, to look at by eye.
    struct Tag: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the entity spans found in text files (LABEL<TAB>text<TAB>start-end, offsets in Unicode scalars)."
        )

        @Argument(help: "Tag these UTF-8 text files.")
        var files: [String]
        @OptionGroup var modelOption: ModelOption

        func run() throws {
            let tagger = try modelOption.tagger()
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw TaggerError.unreadable(path: file, reason: "no such file")
                }
                let text = String(decoding: data, as: UTF8.self)
                let scalars = Array(text.unicodeScalars)
                let tokens = Tokenizer().tokenize(text)
                print("== \(file)")
                for span in tagger.tag(tokens) {
                    let start = tokens[span.range.lowerBound].start, end = tokens[span.range.upperBound - 1].end
                    print("\(span.label.rawValue)\t\(String(String.UnicodeScalarView(scalars[start..<end])))\t\(start)-\(end)")
                }
            }
        }
    }
}
