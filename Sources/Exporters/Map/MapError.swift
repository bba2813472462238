import Core

/// What can go wrong drawing the map. The only cause is a broken installation: the country
/// outlines ship with newskit.
public enum MapError: Error, Equatable, CustomStringConvertible, NewskitError {
    case missingOutline(path: String)
    case badOutline(path: String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .missingOutline(let path):
            "map: the country outlines (\(path)) are missing from this installation. Reinstall newskit, or rebuild them with tools/build_world_outline.py."
        case .badOutline(let path, let line, let reason):
            "map: \(path):\(line): \(reason). Rebuild the outlines with tools/build_world_outline.py."
        }
    }
}
