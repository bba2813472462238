import Core

/// Where the record-writing commands (`extract`, `merge-step`) write: a file, replaced whole or
/// not at all (`AtomicOutput`), or standard output for `-`.
enum RecordOutput {
    static func write(to path: String, _ body: (any ByteSink) throws -> Void) throws {
        if path == "-" {
            try AtomicOutput.writeToStandardOutput { try body(try $0.byteSink(for: "records")) }
        } else {
            try AtomicOutput.write(to: path, layout: .file) { try body(try $0.byteSink(for: "records")) }
        }
    }
}
