using Protocol.Services.Hosting;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.PriceOracle.Submission;

/// <summary>
/// <see cref="IPriceFeedChain"/> over a Neo JSON-RPC node (needs the ApplicationLogs plugin) with the oracle's wallet keys.
/// Transactions are built as Neo's wallets build them (ChainClient: test invocation for the system fee plus a margin,
/// calculatenetworkfee), signed by the oracle alone with CalledByEntry scope.
/// </summary>
public sealed class RpcPriceFeedChain(ChainClient client, UInt160 priceFeed, UInt160 oracle, long systemFeeMargin) : IPriceFeedChain, IDisposable
{
    public UInt160 Oracle { get; } = oracle;

    public UInt160 PriceFeed { get; } = priceFeed;

    public async Task<ChainTip> GetTipAsync(CancellationToken ct)
    {
        var height = await client.Rpc.GetBlockCountAsync(ct).ConfigureAwait(false) - 1;
        var block = await client.Rpc.GetBlockAsync(height, ct).ConfigureAwait(false);
        return new ChainTip(height, (long)block.Timestamp);
    }

    public async Task<OnChainSubmission?> GetLastSubmissionAsync(CancellationToken ct)
    {
        var result = await client.CallAsync(PriceFeed, "submissionOf", [ContractParameter.Hash160(Oracle)], null, ct).ConfigureAwait(false);
        if (result.Stack.Count == 0 || result.Stack[0] is not Protocol.Toolchain.Vm.Types.Array { Count: >= 3 } fields) return null;
        return new OnChainSubmission((long)fields[0].GetInteger(), (long)fields[1].GetInteger(), (long)fields[2].GetInteger());
    }

    public Task<Transaction> SignSubmissionAsync(long priceE8, long confidenceE8, long timestampMs, uint validUntilBlock, CancellationToken ct)
    {
        var script = ScriptFactory.DynamicCall(PriceFeed, "submitPrice", ContractParameter.Hash160(Oracle), ContractParameter.Integer(priceE8),
            ContractParameter.Integer(confidenceE8), ContractParameter.Integer(timestampMs));
        var options = new TransactionOptions { SystemFeeMargin = systemFeeMargin, ValidUntilBlock = validUntilBlock };
        return client.BuildAsync(script, [ChainClient.EntrySigner(Oracle)], options, ct);
    }

    public Task<BroadcastResult> BroadcastAsync(Transaction tx, CancellationToken ct) => TransactionRelay.BroadcastAsync(client, tx, ct);

    public Task<TransactionInBlock?> FindAsync(UInt256 hash, CancellationToken ct) => TransactionRelay.FindAsync(client, hash, ct);

    public void Dispose() => client.Dispose();
}
