import ArgumentParser
import Core
import Foundation

/// The `newskit` command: dispatches to subcommands and decides exit codes once.
@main
struct NewskitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newskit",
        abstract: "Read news articles into one document model and export them: tables, map layers, ebooks, archives.",
        discussion: """
            Inputs are .txt articles, JSON Lines (.jsonl), JSON arrays, web pages (.html), web archives \
            (.warc, .warc.gz), newskit corpus JSON and bundles (.tar.gz), folders of these, or - for \
            standard input.

            Examples:
              newskit export samples --format json --output out/corpus.json
              newskit export samples --format csv --format geojson --output out/
              newskit formats
              newskit inspect samples
              newskit verify out/corpus.tar.gz

            Exit codes: 0 done, 1 failed (bad input, a write error, a plugin failure), 2 usage error.
            """,
        version: NewskitVersion.current,
        subcommands: [Export.self, Extract.self, Merge.self, MergeStepCommand.self, Formats.self, Inspect.self, Verify.self])

    /// Exit status for a run that failed on its input or output.
    static let failure: Int32 = 1
    /// Exit status for a command line that does not parse or validate.
    static let usage: Int32 = 2

    static func main() {
        InterruptCleanup.shared.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withStatusFor: error)
        }
    }

    /// Prints `error` for people and exits 0 (help, version), 1 (failure) or 2 (usage).
    static func exit(withStatusFor error: Error) -> Never {
        ProgressLine.shared.clear()
        if let failure = error as? NewskitError {
            FileHandle.standardError.write(Data("newskit: error: \(failure.description)\n".utf8))
            Foundation.exit(Self.failure)
        }
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            Foundation.exit(0)
        }
        if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        Foundation.exit(code == .validationFailure ? usage : Self.failure)
    }
}

/// A failure the CLI itself detects at run time, with its message.
struct RunFailure: NewskitError {
    var description: String
}
