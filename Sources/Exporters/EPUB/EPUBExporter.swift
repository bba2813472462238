import Core
import Foundation

/// Writes the corpus as an EPUB 3 digest for e-readers (`digest.epub`), with an EPUB 2 NCX for
/// older readers: a cover and a masthead; the articles grouped by day, then by source, one
/// XHTML file per article; near-duplicate stories shown once with the other outlets under
/// "Also reported by" (`DuplicateFinder`); an index of people, organisations and places; a
/// places page; a colophon.
///
/// Left out: document metadata without a slot in the book (`Document.metadata`), origins,
/// mention offsets (the index links whole articles), entities no mention reaches, and the
/// text of grouped duplicates (their source, date, headline and link are kept).
///
/// Two passes over the documents, one body in memory at a time, and neither needs the entities
/// (`DocumentsFirstExporter`: `newskit export` runs them while the entities are merged): the
/// first loads each document, sketches it for duplicate detection, hashes it for the identifier
/// and spools its text to a temporary file (`ScratchFile`); the second reads the texts back and
/// makes the day and article pages on all cores, a batch at a time (`PageBatches`), keeping them
/// deflated on disk (`DeflatedSpool`). Then, with the entities, the zip is written in reading
/// order (`ZipWriter`): front matter, the spooled pages, index, places, colophon. Identifier,
/// `dcterms:modified` and zip timestamps depend only on the documents, the options and
/// `context.sourceDate`, so the same input gives a byte-identical book, whatever the number of
/// threads and whether the entities were ready at the start.
public struct EPUBExporter: DocumentsFirstExporter {
    public init() {}

    public let descriptor = ExporterDescriptor(
        name: "epub",
        summary: "An EPUB 3 digest for e-readers: articles by day and source, duplicates grouped, index, places, colophon",
        defaultFileName: "digest.epub",
        mediaType: "application/epub+zip",
        options: EPUBOptions.declared)

    public func export(_ corpus: Corpus, to destination: ExportDestination, context: ExportContext) throws {
        try export(PendingCorpus(corpus), to: destination, context: context)
    }

    /// Makes the day and article pages from the documents while the entities may still be being
    /// merged, then waits for them for the index, the places and the front matter that lists them.
    public func export(_ pending: PendingCorpus, to destination: ExportDestination, context: ExportContext) throws {
        try context.options.validate(against: descriptor)
        let options = try EPUBOptions(context.options, exporter: descriptor.name)
        let sink = try destination.byteSink(for: descriptor.name)
        let headers = pending.documents.headers

        var finder = DuplicateFinder()
        var identity = BookIdentity()
        let spool = try ScratchFile(name: "epub")
        var spooled: [Range<Int64>] = []
        spooled.reserveCapacity(headers.count)
        try pending.documents.forEach { document in
            try finder.add(document.text)
            identity.add(document)
            spooled.append(try spool.append(document.text))
            context.progress.update("reading", done: spooled.count, total: headers.count)
        }
        let plan = BookPlan(headers: headers, representatives: try finder.representatives(wordCounts: headers.map(\.wordCount), sources: headers.map(\.source), minimumContainment: options.duplicates))
        let info = bookInfo(title: pending.title, plan: plan, options: options, identifier: identity.identifier(options: options), context: context)
        let language = info.language
        let bodyPages = try makeBodyPages(plan, texts: spool, at: spooled, language: language, context: context)

        let corpus = try pending.corpus()
        // The map and the index each read every mention: the map is drawn beside the index, when
        // there is a city to draw (the places page lists the cities the index reaches).
        let map = corpus.entities.contains { $0.type == .city } ? BackgroundValue { try PlacesMap.svg(for: corpus) } : nil
        let index = EntityIndex(corpus: corpus, plan: plan)
        let cities = PlacesPage.cities(index)
        let drawn = map.map { map in Result { try map.value() } }
        let mapSVG = cities.isEmpty ? nil : try drawn?.get()
        var backMatter = index.parts.map {
            NavigationDocument.BackMatter(title: "Index of \($0.title.lowercased())", fileName: $0.fileName, landmark: $0.fileName == index.parts.first?.fileName ? "index" : nil)
        }
        if !cities.isEmpty { backMatter.append(.init(title: "Places", fileName: PlacesPage.fileName, landmark: nil)) }
        backMatter.append(.init(title: "Colophon", fileName: ColophonPage.fileName, landmark: nil))
        let navigation = NavigationDocument(plan: plan, backMatter: backMatter)
        let package = PackageDocument(items: manifest(plan: plan, backMatter: backMatter, hasMap: mapSVG != nil))

        let zip = ZipWriter(sink: sink, date: context.sourceDate, level: Self.level)
        try zip.addStored("mimetype", Array("application/epub+zip".utf8))
        try zip.addDeflated("META-INF/container.xml", Array(PackageDocument.container.utf8))
        try add(zip, PackageDocument.fileName, package.render(info, date: info.lastDay ?? String(info.modified.prefix(10))))
        try add(zip, NavigationDocument.ncxFile, navigation.ncx(info))
        try add(zip, Stylesheet.fileName, Stylesheet.css)
        try add(zip, FrontMatterPages.coverFile, FrontMatterPages.cover(info))
        try add(zip, FrontMatterPages.mastheadFile, FrontMatterPages.masthead(info, plan: plan))
        try add(zip, NavigationDocument.navFile, navigation.nav(info))
        try bodyPages.forEach { try zip.add($0) }
        var backPages: [(name: String, render: @Sendable () -> String)] = index.parts.map { part in
            (part.fileName, { index.render(part, plan: plan, language: language) })
        }
        if !cities.isEmpty {
            let others = PlacesPage.otherPlaces(index), mapFile = mapSVG == nil ? nil : PlacesMap.fileName
            backPages.append((PlacesPage.fileName, { PlacesPage.render(cities: cities, others: others, mapFile: mapFile, language: language) }))
            if let mapSVG { backPages.append((PlacesMap.fileName, { mapSVG })) }
        }
        let entityCount = index.parts.reduce(0) { $0 + $1.entries.count }
        backPages.append((ColophonPage.fileName, { ColophonPage.render(info, entityCount: entityCount) }))
        try PageBatches.run(backPages, jobs: context.jobs, bytes: { _ in 0 }) { page in
            try ZipWriter.deflated("EPUB/" + page.name, text: page.render(), level: Self.level)
        } add: { _, entry in try zip.add(entry) }
        try zip.finish()
    }

    /// zlib's level for every deflated file of the book.
    static let level: Int32 = 6

    /// The day and article pages in reading order, made on all cores a batch at a time
    /// (`PageBatches`), deflated and kept on disk until the front matter is written.
    private func makeBodyPages(_ plan: BookPlan, texts spool: ScratchFile, at spooled: [Range<Int64>], language: String,
                               context: ExportContext) throws -> DeflatedSpool {
        var pages: [BodyPage] = []
        pages.reserveCapacity(plan.articleCount + plan.sections.count)
        for section in plan.sections {
            pages.append(.section(section))
            for group in section.sources {
                for article in group.articles { pages.append(.article(article, text: spooled[article.document])) }
            }
        }
        let headers = plan.headers, level = Self.level
        let made = try DeflatedSpool()
        var written = 0
        let articleTotal = plan.articleCount
        try PageBatches.run(pages, jobs: context.jobs, bytes: \.textBytes) { page in
            switch page {
            case .section(let section):
                return try ZipWriter.deflated("EPUB/" + section.fileName, text: SectionPage.render(section, headers: headers, language: language), level: level)
            case .article(let article, let range):
                let page = ArticlePage.render(article, text: try spool.text(at: range), headers: headers, language: language)
                return try ZipWriter.deflated("EPUB/" + article.fileName, text: page, level: level)
            }
        } add: { page, entry in
            try made.append(entry)
            if case .article = page {
                written += 1
                context.progress.update("writing", done: written, total: articleTotal)
            }
        }
        return made
    }

    /// A page between the navigation and the back matter: a day's opening page, or an article
    /// with where its text waits in the spool.
    private enum BodyPage: Sendable {
        case section(BookPlan.Section)
        case article(BookPlan.Article, text: Range<Int64>)

        var textBytes: Int {
            if case .article(_, let range) = self { return Int(range.count) }
            return 0
        }
    }

    /// Adds a file of the publication (under `EPUB/`).
    private func add(_ zip: ZipWriter, _ name: String, _ text: String) throws {
        try zip.addDeflated("EPUB/" + name, text: text)
    }

    /// Every file of the publication in reading order; the same order as they are written.
    private func manifest(plan: BookPlan, backMatter: [NavigationDocument.BackMatter], hasMap: Bool) -> [PackageDocument.Item] {
        let xhtml = "application/xhtml+xml"
        var items: [PackageDocument.Item] = [
            .init(id: "ncx", href: NavigationDocument.ncxFile, mediaType: "application/x-dtbncx+xml", inSpine: false),
            .init(id: "css", href: Stylesheet.fileName, mediaType: "text/css", inSpine: false),
            .init(id: "cover", href: FrontMatterPages.coverFile, mediaType: xhtml, inSpine: true),
            .init(id: "masthead", href: FrontMatterPages.mastheadFile, mediaType: xhtml, inSpine: true),
            .init(id: "nav", href: NavigationDocument.navFile, mediaType: xhtml, properties: "nav", inSpine: true),
        ]
        for section in plan.sections {
            items.append(.init(id: "section-\(BookPlan.padded(section.number))", href: section.fileName, mediaType: xhtml, inSpine: true))
            for article in section.sources.flatMap(\.articles) {
                items.append(.init(id: "article-\(BookPlan.padded(article.number))", href: article.fileName, mediaType: xhtml, inSpine: true))
            }
        }
        for page in backMatter {
            let id = String(page.fileName.dropLast(".xhtml".count))
            items.append(.init(id: id, href: page.fileName, mediaType: xhtml, inSpine: true))
            if page.fileName == PlacesPage.fileName, hasMap {
                items.append(.init(id: "map", href: PlacesMap.fileName, mediaType: "image/svg+xml", inSpine: false))
            }
        }
        return items
    }

    private func bookInfo(title corpusTitle: String?, plan: BookPlan, options: EPUBOptions, identifier: String, context: ExportContext) -> BookInfo {
        let days = plan.headers.compactMap { BookDate.day(of: $0.date) }.sorted()
        var counts: [String: Int] = [:]
        for header in plan.headers {
            if let source = header.source, !source.allSatisfy(\.isWhitespace) { counts[source, default: 0] += 1 }
        }
        let title = options.title ?? corpusTitle.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 } ?? "News digest"
        return BookInfo(
            title: title, language: options.language, identifier: identifier,
            firstDay: days.first, lastDay: days.last,
            sources: counts.keys.sorted().map { ($0, counts[$0] ?? 0) },
            documentCount: plan.headers.count, articleCount: plan.articleCount, groupedDuplicates: plan.groupedDuplicates,
            duplicatesShare: options.duplicates.map { "\(Int(($0 * 100).rounded()))%" } ?? "",
            toolVersion: context.toolVersion, modified: Self.timestamp(context.sourceDate))
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` in UTC, as `dcterms:modified` requires.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
