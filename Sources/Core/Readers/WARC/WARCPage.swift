import Foundation

/// Turns one WARC record into a document, or says why it is not one.
///
/// - `response` records whose block is an HTTP response (`application/http`) with status 200
///   and an HTML body (`text/html`, `application/xhtml+xml`, or sniffed when no type is given)
///   are pages; so are `resource` records holding HTML directly.
/// - Every other record is skipped with a reason (`request`, `warcinfo`, `non-200 response`, …)
///   that the reader counts.
/// - The page's URL is WARC-Target-URI; its date is the page's own, else WARC-Date. The
///   document's origin hashes the record block; `metadata` gains `warc_record_id`, `warc_date`
///   and `warc_offset` (the file offset the record starts at, when known).
enum WARCPage {
    enum Outcome: Sendable {
        case page(Document)
        case skipped(reason: String)
    }

    /// A record whose payload cannot be decoded: the framing is fine, the next record can be read.
    struct PayloadError: Error {
        var error: ReadError
    }

    /// Why `record` is no page, judged from its header alone (its block need not be read), or
    /// nil when its block must be looked at.
    static func skipReason(_ record: WARCRecord, context: ReadContext) -> String? {
        switch record.type {
        case "response":
            guard record.contentType.lowercased().contains("application/http") else { return "non-HTTP response" }
            guard record.contentLength <= context.options.maxDocumentBytes else { return "larger than --max-document-bytes" }
            return nil
        case "resource":
            guard record.contentLength <= context.options.maxDocumentBytes else { return "larger than --max-document-bytes" }
            return nil
        default:
            return record.type.isEmpty ? "untyped" : record.type
        }
    }

    /// The page `record` holds, or why it is none. `block` is called at most once, only when
    /// `skipReason` is nil. Pure given the block's bytes: safe on any thread.
    static func outcome(_ record: WARCRecord, block: () throws -> [UInt8], location: String, displayPath: String, context: ReadContext) throws -> Outcome {
        if let reason = skipReason(record, context: context) { return .skipped(reason: reason) }
        let html: [UInt8], contentType: String?
        let bytes = try block()
        if record.type == "response" {
            let response: HTTPResponse
            do {
                response = try HTTPResponse(parsing: bytes)
            } catch let failure as HTTPResponse.Failure {
                throw PayloadError(error: .invalidInput(location: location, reason: "\(failure.reason). Pass --skip-invalid to skip this record."))
            }
            guard response.status == 200 else { return .skipped(reason: "non-200 response") }
            guard isHTML(response.contentType, body: response.body) else { return .skipped(reason: "non-HTML response") }
            (html, contentType) = (response.body, response.contentType)
        } else {
            guard isHTML(record.fields["content-type"], body: bytes) else { return .skipped(reason: "non-HTML resource") }
            (html, contentType) = (bytes, record.fields["content-type"])
        }
        return try page(record, html: html, contentType: contentType, blockHash: Digest.sha256Hex(bytes), location: location, displayPath: displayPath, context: context)
    }

    private static func page(
        _ record: WARCRecord, html: [UInt8], contentType: String?, blockHash: String, location: String, displayPath: String, context: ReadContext
    ) throws -> Outcome {
        let transport = HTMLPage.Transport(url: record.targetURI, date: record.date, contentType: contentType)
        var document: Document
        do {
            document = try HTMLPage(
                data: Data(html), id: WARCDocumentID.make(url: record.targetURI, recordID: record.recordID), location: location,
                origin: Origin(path: displayPath, sha256: blockHash), transport: transport, context: context).document
        } catch is HTMLPage.NoContent {
            // Counted with the other skipped records, and named: a page lost must be findable.
            context.diagnostics.warn("no article text or title found in the page \(record.targetURI ?? "(no URL)"), skipped", at: location)
            return .skipped(reason: "HTML without text")
        } catch let error as ReadError {
            throw PayloadError(error: error)
        }
        if let id = record.recordID { document.metadata["warc_record_id"] = .string(id) }
        if let date = record.date { document.metadata["warc_date"] = .string(date) }
        if let offset = record.reopenOffset { document.metadata["warc_offset"] = .number(Double(offset)) }
        return .page(document)
    }

    static func isHTML(_ contentType: String?, body: [UInt8]) -> Bool {
        guard let type = contentType?.lowercased(), !type.isEmpty else { return HTMLPage.looksLikeHTML(Data(body.prefix(1024))) }
        return type.contains("text/html") || type.contains("application/xhtml")
    }
}
