using Protocol.Services.Hosting;
using Protocol.Services.PriceOracle.Submission;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.PriceOracle.Tests.Devnet;

/// <summary>
/// The real chain, except that the first broadcast never returns: the instance is "killed" there by stopping its host.
/// <c>sendFirst</c> false: the node never sees the signed transaction (a crash between signing and sending); true: the node
/// gets it but the instance never records that (a crash between sending and confirmation).
/// </summary>
public sealed class CrashingChain(IPriceFeedChain inner, bool sendFirst) : IPriceFeedChain
{
    public TaskCompletionSource<Transaction> Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public UInt160 Oracle => inner.Oracle;

    public Task<ChainTip> GetTipAsync(CancellationToken ct) => inner.GetTipAsync(ct);

    public Task<OnChainSubmission?> GetLastSubmissionAsync(CancellationToken ct) => inner.GetLastSubmissionAsync(ct);

    public Task<Transaction> SignSubmissionAsync(long priceE8, long confidenceE8, long timestampMs, uint validUntilBlock, CancellationToken ct) =>
        inner.SignSubmissionAsync(priceE8, confidenceE8, timestampMs, validUntilBlock, ct);

    public async Task<BroadcastResult> BroadcastAsync(Transaction tx, CancellationToken ct)
    {
        if (sendFirst) await inner.BroadcastAsync(tx, ct);
        Stalled.TrySetResult(tx);
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    }

    public Task<TransactionInBlock?> FindAsync(UInt256 hash, CancellationToken ct) => inner.FindAsync(hash, ct);
}
