import Foundation
import TestSupport

/// Writes shell-script plugins for the External tests.
enum ScriptPlugin {
    static func manifest(_ name: String, layout: String = "file") -> String {
        #"{"protocol": 1, "name": "\#(name)", "summary": "Test plugin \#(name)", "extension": "txt", "media_type": "text/plain", "layout": "\#(layout)", "options": [{"name": "level", "help": "A level."}, {"name": "mode", "help": "A mode."}]}"#
    }

    /// `newskit-export-NAME` in `folder`: prints `describe` (a manifest) for `--describe`, else runs `export`.
    @discardableResult
    static func write(_ name: String, in folder: URL, describe: String? = nil, export: String) throws -> URL {
        let script = """
            #!/bin/sh
            if [ "$1" = "--describe" ]; then
            cat <<'MANIFEST'
            \(describe ?? manifest(name))
            MANIFEST
            exit 0
            fi
            \(export)

            """
        let url = try Fixtures.write(script, to: "newskit-export-\(name)", in: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }
}
