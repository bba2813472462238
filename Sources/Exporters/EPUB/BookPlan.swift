import Core

/// The shape of the book, decided from document headers alone before any page is written:
/// which stories are shown (one per duplicate group), their order (by day, then source, then
/// corpus order), their numbers and file names, and the sections that hold them.
struct BookPlan {
    /// One story shown in the book.
    struct Article {
        /// 1-based, in reading order; the index links to it by this number.
        var number: Int
        /// Index of the document in the corpus.
        var document: Int
        /// Corpus indices of the duplicates shown as "also reported by", in corpus order.
        var alsoReported: [Int]
        var fileName: String { "article-\(BookPlan.padded(number)).xhtml" }
    }

    /// The stories of one source within a day.
    struct SourceGroup {
        var source: String?
        var anchor: String
        var articles: [Article]
    }

    /// One day (or "undated"), a page of its own followed by its stories.
    struct Section {
        var number: Int
        /// `YYYY-MM-DD`, nil for stories without a date.
        var day: String?
        var sources: [SourceGroup]
        var fileName: String { "section-\(BookPlan.padded(number)).xhtml" }
        var heading: String { day.map(BookDate.long) ?? "Undated" }
        var articleCount: Int { sources.reduce(0) { $0 + $1.articles.count } }
    }

    let headers: HeaderTable
    private(set) var sections: [Section] = []
    /// For each corpus document, the number of the article that shows it (itself or its group's).
    private(set) var articleNumberOfDocument: [Int] = []
    /// Documents not shown because another outlet's copy is.
    private(set) var groupedDuplicates = 0

    /// - Parameters:
    ///   - headers: the corpus's document headers, in corpus order.
    ///   - representatives: for each document, the document shown in its place.
    init(headers: HeaderTable, representatives: [Int]) {
        self.headers = headers
        var others: [Int: [Int]] = [:]
        for (index, shown) in representatives.enumerated() where shown != index {
            others[shown, default: []].append(index)
        }
        groupedDuplicates = headers.count - Set(representatives).count
        let shown = headers.indices.filter { representatives[$0] == $0 }
        let ordered = shown.sorted { Self.sortKey(headers[$0], $0) < Self.sortKey(headers[$1], $1) }
        var numberOfDocument = [Int](repeating: 0, count: headers.count)
        var number = 0
        for index in ordered {
            number += 1
            numberOfDocument[index] = number
            let article = Article(number: number, document: index, alsoReported: others[index] ?? [])
            append(article, day: BookDate.day(of: headers[index].date), source: headers[index].source)
        }
        for (index, shownIndex) in representatives.enumerated() { numberOfDocument[index] = numberOfDocument[shownIndex] }
        articleNumberOfDocument = numberOfDocument
    }

    /// Every shown article, in reading order.
    var articles: [Article] { sections.flatMap { $0.sources.flatMap(\.articles) } }

    /// Number of articles shown.
    var articleCount: Int { sections.reduce(0) { $0 + $1.articleCount } }

    private mutating func append(_ article: Article, day: String?, source: String?) {
        if sections.last.map({ $0.day != day }) ?? true {
            sections.append(Section(number: sections.count + 1, day: day, sources: []))
        }
        let last = sections.count - 1
        if sections[last].sources.last.map({ $0.source != source }) ?? true {
            let anchor = "source-\(sections[last].sources.count + 1)"
            sections[last].sources.append(SourceGroup(source: source, anchor: anchor, articles: []))
        }
        sections[last].sources[sections[last].sources.count - 1].articles.append(article)
    }

    /// Day (undated last), then source (unknown last, compared case-insensitively), then corpus order.
    private static func sortKey(_ header: DocumentHeader, _ index: Int) -> SortKey {
        let day = BookDate.day(of: header.date)
        return SortKey(undated: day == nil, day: day ?? "", unknownSource: header.source == nil,
                       source: header.source?.lowercased() ?? "", exactSource: header.source ?? "", index: index)
    }

    private struct SortKey: Comparable {
        var undated: Bool
        var day: String
        var unknownSource: Bool
        var source: String
        var exactSource: String
        var index: Int

        static func < (lhs: SortKey, rhs: SortKey) -> Bool {
            if lhs.undated != rhs.undated { return !lhs.undated }
            if lhs.day != rhs.day { return lhs.day < rhs.day }
            if lhs.unknownSource != rhs.unknownSource { return !lhs.unknownSource }
            if lhs.source != rhs.source { return lhs.source < rhs.source }
            if lhs.exactSource != rhs.exactSource { return lhs.exactSource < rhs.exactSource }
            return lhs.index < rhs.index
        }
    }

    static func padded(_ number: Int) -> String {
        let digits = String(number)
        return digits.count >= 4 ? digits : String(repeating: "0", count: 4 - digits.count) + digits
    }
}
