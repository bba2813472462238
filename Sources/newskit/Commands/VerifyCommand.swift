import ArgumentParser
import Core
import Foundation

extension NewskitCommand {
    /// `newskit verify`: checks a bundle's checksums and Payload-Oxum without extracting it.
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a tar.gz bundle: every checksum, the tag manifest and the Payload-Oxum.",
            discussion: """
                Reads the bundle without extracting it and lists missing, extra and changed files. \
                Exit status 0 when the bundle is whole, 1 on any mismatch or when it is not a bundle.

                Example:
                  newskit export samples --format tar.gz --output out/corpus.tar.gz && newskit verify out/corpus.tar.gz
                """)

        @Argument(help: ArgumentHelp("The bundle to check (.tar.gz).", valueName: "bundle"))
        var bundle: String

        @OptionGroup(title: "Archive limits")
        var archive: ArchiveLimitOptions

        @Flag(name: .shortAndLong, help: "Print nothing when the bundle is whole.")
        var quiet = false

        func run() throws {
            let diagnostics = StandardErrorDiagnostics(quiet: quiet)
            defer { diagnostics.finish() }
            let input = Input(displayPath: bundle, url: URL(fileURLWithPath: bundle))
            let result = try BundleVerifier.verify(input, limits: archive.limits, diagnostics: diagnostics)
            if result.isComplete {
                if !quiet {
                    print("\(bundle): whole. \(result.payloadFiles) payload files, \(result.payloadBytes) bytes; \(result.manifests.joined(separator: " and ")) manifest\(result.manifests.count == 1 ? "" : "s"), tag manifest and Payload-Oxum match.")
                }
                return
            }
            print(Verify.report(result, bundle: bundle))
            throw RunFailure(description: "\(bundle): the bundle does not match its manifests (listed above).")
        }

        /// One line per problem, paths relative to the bag's top folder.
        static func report(_ result: BundleVerification, bundle: String) -> String {
            var lines: [String] = []
            for path in result.changed.keys.sorted(by: BagIt.byteOrder) {
                lines.append("changed  \(result.top)/\(path) (\(result.changed[path, default: []].joined(separator: ", ")) differs)")
            }
            lines += result.missing.map { "missing  \(result.top)/\($0)" }
            lines += result.extra.map { "extra    \(result.top)/\($0) (in no manifest)" }
            if let reason = result.corruptStream {
                lines.append("corrupt  the gzip stream fails its check (\(reason))")
            }
            if let oxum = result.oxumMismatch {
                lines.append("oxum     Payload-Oxum says \(oxum.written), the payload is \(oxum.found)")
            }
            return lines.joined(separator: "\n")
        }
    }
}
