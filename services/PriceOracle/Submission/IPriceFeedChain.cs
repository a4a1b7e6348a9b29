using Protocol.Services.Hosting;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.PriceOracle.Submission;

/// <summary>The last block: its index and timestamp (Unix ms).</summary>
public sealed record ChainTip(uint Height, long TimestampMs);

/// <summary>The oracle's last submission as the PriceFeed contract holds it (submissionOf).</summary>
public sealed record OnChainSubmission(long PriceE8, long ConfidenceE8, long TimestampMs);

/// <summary>
/// What the submitter needs from Neo N3: the tip, the feed's view of this oracle, signing a submitPrice transaction,
/// broadcasting exact bytes, and finding a transaction in a block. <see cref="RpcPriceFeedChain"/> is the JSON-RPC one.
/// Broadcast outcomes and found transactions are the shared <see cref="BroadcastResult"/> and <see cref="TransactionInBlock"/>.
/// </summary>
public interface IPriceFeedChain
{
    /// <summary>This instance's oracle account.</summary>
    UInt160 Oracle { get; }

    Task<ChainTip> GetTipAsync(CancellationToken ct);

    Task<OnChainSubmission?> GetLastSubmissionAsync(CancellationToken ct);

    /// <summary>Tests submitPrice(oracle, priceE8, confE8, timestampMs) (a FAULT throws) and signs it, valid until the given block.</summary>
    Task<Transaction> SignSubmissionAsync(long priceE8, long confidenceE8, long timestampMs, uint validUntilBlock, CancellationToken ct);

    /// <summary>Sends exactly these bytes; a transport failure throws (the caller retries the same bytes later).</summary>
    Task<BroadcastResult> BroadcastAsync(Transaction tx, CancellationToken ct);

    /// <summary>The transaction's block and VM state, or null while it is in no block.</summary>
    Task<TransactionInBlock?> FindAsync(UInt256 hash, CancellationToken ct);
}
