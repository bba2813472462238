/// Marks newskit's typed errors (`ReadError`, `ExportError`, `PluginError`, `ArchiveError`, ...):
/// each has a `description` written for people, naming where and what to do. The CLI prints it
/// as is and exits 1.
public protocol NewskitError: Error, CustomStringConvertible {}

extension ReadError: NewskitError {}
extension ExportError: NewskitError {}
