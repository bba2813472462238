/// One fixed-size stretch of a `ParallelGzipWriter`'s input on its way to a compressing thread.
///
/// `input` is set by the producer before the block is queued and never changes. `output` is set
/// once, by whichever thread compressed the block, while holding `DeflateWorkers`' lock, and the
/// producer reads it only after seeing it set under that same lock; that hand-over is why the
/// class may be `@unchecked Sendable`.
final class GzipBlock: @unchecked Sendable {
    let input: [UInt8]
    /// The block as one whole gzip member.
    var output: Result<[UInt8], any Error>?

    init(input: [UInt8]) {
        self.input = input
    }

    /// Compresses the block with `deflater`; the result depends on nothing else.
    func compress(with deflater: MemberDeflater) -> Result<[UInt8], any Error> {
        input.withUnsafeBytes { input in Result { try deflater.member(input) } }
    }
}
