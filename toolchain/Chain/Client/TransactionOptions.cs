using Protocol.Toolchain.Runtime.Payloads.Attributes;

namespace Protocol.Toolchain.Chain.Client;

/// <summary>
/// Overrides for building a transaction. Unset values follow Neo's wallets: system fee = the test invocation's gasconsumed
/// (+ <see cref="SystemFeeMargin"/>), network fee = calculatenetworkfee, ValidUntilBlock = current index +
/// MaxValidUntilBlockIncrement (from getversion), a random nonce.
/// </summary>
public sealed record TransactionOptions
{
    public static readonly TransactionOptions Default = new();

    /// <summary>Datoshi added to the tested system fee (covers state that changes between test and block).</summary>
    public long SystemFeeMargin { get; init; }

    public long? SystemFee { get; init; }

    public long? NetworkFee { get; init; }

    /// <summary>Added to the calculated network fee (a higher fee sorts first in the mempool).</summary>
    public long NetworkFeeMargin { get; init; }

    public uint? ValidUntilBlock { get; init; }

    public uint? Nonce { get; init; }

    public IReadOnlyList<TransactionAttribute> Attributes { get; init; } = [];

    /// <summary>Longest wait for the transaction to be persisted (application log available).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}

/// <summary>A persisted transaction: its hash, fees and execution (trigger Application).</summary>
public sealed record InvokeReceipt(Runtime.Models.UInt256 TxHash, long SystemFee, long NetworkFee, Rpc.RpcExecution Execution);
