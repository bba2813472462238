/// One fixed-size stretch of a `ParallelGzipWriter`'s input on its way to a compressing thread.
///
/// `input`, `dictionary` and `last` are set by the producer before the block is queued and never
/// change. `output` is set once, by whichever thread compressed the block, while holding
/// `DeflateWorkers`' lock, and the producer reads it only after seeing it set under that same
/// lock; that hand-over is why the class may be `@unchecked Sendable`.
final class GzipBlock: @unchecked Sendable {
    let input: [UInt8]
    /// The previous block's input (its last 32 KiB prime the deflate stream); empty for the first.
    let dictionary: [UInt8]
    /// The last block ends the deflate stream (`Z_FINISH`) instead of flushing it.
    let last: Bool
    var output: Result<RawDeflater.Output, any Error>?

    init(input: [UInt8], dictionary: [UInt8], last: Bool) {
        self.input = input
        self.dictionary = dictionary
        self.last = last
    }

    /// Compresses the block with `deflater`; the result depends on nothing else.
    func compress(with deflater: RawDeflater) -> Result<RawDeflater.Output, any Error> {
        input.withUnsafeBytes { input in
            dictionary.withUnsafeBytes { dictionary in
                Result { try deflater.compress(input, dictionary: dictionary, last: last) }
            }
        }
    }
}
