import Core
import Foundation

/// The `bag-info.txt` of a bundle (RFC 8493 §2.2.2): who made it, when (SOURCE_DATE_EPOCH, not
/// the clock), what it holds, and the Payload-Oxum.
struct BagInfo {
    let text: String

    init(corpus: Corpus, payloadBytes: Int64, payloadFiles: Int, originals: Int, context: ExportContext) {
        text = BagIt.info([
            ("Bag-Software-Agent", "newskit \(context.toolVersion)"),
            ("Bagging-Date", BagInfo.day(context.sourceDate)),
            ("External-Description", BagInfo.description(corpus, originals: originals)),
            (BagIt.formatLabel, String(BagIt.format)),
            ("Payload-Oxum", BagIt.oxum(bytes: payloadBytes, files: payloadFiles)),
        ])
    }

    /// `YYYY-MM-DD` in UTC.
    static func day(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// One line: title, counts, date range, and what the payload holds.
    static func description(_ corpus: Corpus, originals: Int) -> String {
        let headers = corpus.documents.headers
        let dates = headers.compactMap(\.date).sorted()
        var parts = ["newskit corpus snapshot"]
        if let title = corpus.title { parts.append("\"\(title)\"") }
        var line = parts.joined(separator: " ") + ": \(headers.count) document\(headers.count == 1 ? "" : "s")"
        if let first = dates.first, let last = dates.last { line += " dated \(first) to \(last)" }
        line += ", \(corpus.entities.count) entities, \(corpus.mentions.count) mentions."
        line += " data/corpus.json is the newskit corpus JSON; data/originals/ holds \(originals) input file\(originals == 1 ? "" : "s") as read."
        return line
    }
}
