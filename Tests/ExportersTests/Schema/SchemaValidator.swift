import Foundation
import TestSupport

/// Validates JSON documents against the repository's JSON Schemas with python3's `jsonschema`
/// package (Draft 2020-12), an implementation independent of newskit. When python3 or the
/// package is missing the check fails with what to install; it is never skipped.
enum SchemaValidator {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The schema file `schema/NAME` in the repository.
    static func schema(_ name: String) -> URL {
        Fixtures.root.appendingPathComponent("schema").appendingPathComponent(name)
    }

    /// The validation errors of `document` against `schema` (empty when it is valid).
    /// - Throws: `Failure` when the validator cannot run or the schema itself is not valid.
    static func errors(in document: Data, against schema: URL) throws -> [String] {
        let folder = try Fixtures.temporaryFolder("newskit-schema")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("document.json")
        try document.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, file.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0: return []
        case 1: return printed.split(separator: "\n").map(String.init)
        default:
            throw Failure(description: "the schema check could not run (status \(process.terminationStatus)); install python3 and the pip package jsonschema (>= 4.0).\n\(complaint)")
        }
    }

    /// Prints one line per validation error and exits 1; exits 2 when it cannot validate.
    private static let script = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        document = json.load(open(sys.argv[2], encoding="utf-8"))
        errors = sorted(Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            print("/".join(str(p) for p in error.absolute_path) + ": " + error.message)
        sys.exit(1 if errors else 0)
        """
}
