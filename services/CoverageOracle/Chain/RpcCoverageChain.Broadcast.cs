using Protocol.Services.Hosting;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.CoverageOracle.Chain;

/// <summary>Broadcasting exact bytes and finding a transaction in a block (shared with the price oracle: <see cref="TransactionRelay"/>).</summary>
public sealed partial class RpcCoverageChain
{
    public Task<BroadcastResult> BroadcastAsync(Transaction tx, CancellationToken ct) => TransactionRelay.BroadcastAsync(client, tx, ct);

    public Task<TransactionInBlock?> FindAsync(UInt256 hash, CancellationToken ct) => TransactionRelay.FindAsync(client, hash, ct);
}
