import ArgumentParser
import Core
import Foundation

extension TrainTaggerCommand {
    /// `newskit-train bench`: tokenize + tag throughput over a JSONL corpus (a benchmark, run by
    /// bench/tagger.sh on a release build; not a test).
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure tokenize+tag throughput (words/s, single thread) over a JSONL(.gz) corpus of {title, text}."
        )

        @Option(help: "Read articles from this JSONL file (plain or .gz), one {\"title\", \"text\"} object per line.")
        var jsonl: String
        @OptionGroup var modelOption: ModelOption
        @Option(help: "Tag the corpus this many times and report the best pass.")
        var runs = 3

        func run() throws {
            let loadStart = DispatchTime.now()
            let loadCPUStart = Self.threadCPUSeconds()
            let tagger = try modelOption.tagger()
            let loadSeconds = seconds(since: loadStart)
            let loadCPU = Self.threadCPUSeconds() - loadCPUStart
            let texts = try Self.readTexts(jsonl)
            let words = texts.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
            let tokenizer = Tokenizer()
            var best = Double.infinity, bestCPU = Double.infinity
            var spans = 0, tokens = 0
            for _ in 0..<max(1, runs) {
                let start = DispatchTime.now()
                let cpuStart = Self.threadCPUSeconds()
                spans = 0; tokens = 0
                for text in texts {
                    let t = tokenizer.tokenize(text)
                    tokens += t.count
                    spans += tagger.tag(t).count
                }
                best = min(best, seconds(since: start))
                bestCPU = min(bestCPU, Self.threadCPUSeconds() - cpuStart)
            }
            print("docs=\(texts.count) words=\(words) tokens=\(tokens) spans=\(spans) model_load_s=\(String(format: "%.3f", loadSeconds)) model_load_cpu_s=\(String(format: "%.3f", loadCPU)) best_s=\(String(format: "%.3f", best)) words_per_s=\(Int(Double(words) / best)) cpu_s=\(String(format: "%.3f", bestCPU)) words_per_cpu_s=\(Int(Double(words) / bestCPU))")
        }

        /// CPU time of this thread: unlike wall time, not inflated when other jobs share the cores.
        static func threadCPUSeconds() -> Double {
            var spec = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
            return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
        }

        func seconds(since start: DispatchTime) -> Double {
            Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        }

        /// Title + text of every line (the words benchmark peers count the same way).
        static func readTexts(_ path: String) throws -> [String] {
            guard var data = FileManager.default.contents(atPath: path) else {
                throw TaggerError.unreadable(path: path, reason: "no such file")
            }
            if data.starts(with: [0x1f, 0x8b]) {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", "gzip -dc \"$0\"", path]
                let pipe = Pipe()
                process.standardOutput = pipe
                try process.run()
                data = pipe.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
            }
            var texts: [String] = []
            for (number, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                    throw TaggerError.unreadable(path: path, reason: "line \(number + 1) is not a JSON object")
                }
                let title = object["title"] as? String ?? ""
                texts.append([title, object["text"] as? String ?? ""].filter { !$0.isEmpty }.joined(separator: "\n\n"))
            }
            return texts
        }
    }
}
