import Foundation

/// The readers newskit knows, in the order they are asked: the first that accepts an input reads it.
public struct ReaderRegistry: Sendable {
    public var readers: [any Reader]

    public init(readers: [any Reader]) {
        self.readers = readers
    }

    /// Every built-in reader. Plain text comes last: it is the fallback for unknown text files.
    public static let builtIn = ReaderRegistry(readers: [
        BundleReader(),
        JSONLReader(),
        JSONReader(),
        HTMLReader(),
        WARCReader(),
        PlainTextReader(),
    ])

    /// The reader for `input`, or nil when none accepts it.
    public func reader(for input: Input, prefix: Data) -> (any Reader)? {
        readers.first { $0.accepts(input, prefix: prefix) }
    }
}
