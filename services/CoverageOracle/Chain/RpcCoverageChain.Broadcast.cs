using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.CoverageOracle.Chain;

/// <summary>Broadcasting exact bytes and finding a transaction in a block (as the price oracle's chain does).</summary>
public sealed partial class RpcCoverageChain
{
    public async Task<BroadcastResult> BroadcastAsync(Transaction tx, CancellationToken ct)
    {
        try
        {
            await client.SendAsync(tx, ct).ConfigureAwait(false);
            return new BroadcastResult(BroadcastOutcome.Accepted, null);
        }
        catch (TransactionRejectedException ex)
        {
            return ex.Code switch
            {
                RpcErrorCode.AlreadyExists or RpcErrorCode.AlreadyInPool => new BroadcastResult(BroadcastOutcome.Known, ex.Message),
                RpcErrorCode.ExpiredTransaction => new BroadcastResult(BroadcastOutcome.Expired, ex.Message),
                _ => new BroadcastResult(BroadcastOutcome.Rejected, ex.Message),
            };
        }
        catch (Exception ex) when (ex is InsufficientGasException or NetworkMismatchException)
        {
            return new BroadcastResult(BroadcastOutcome.Rejected, ex.Message);
        }
    }

    public async Task<TransactionInBlock?> FindAsync(UInt256 hash, CancellationToken ct)
    {
        RpcApplicationLog log;
        try
        {
            log = await client.Rpc.GetApplicationLogAsync(hash, null, ct).ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.Code is RpcErrorCode.InvalidParams or RpcErrorCode.UnknownTransaction)
        {
            return null;
        }
        var execution = log.Executions.First(e => e.Trigger == "Application");
        var height = await client.Rpc.GetTransactionHeightAsync(hash, ct).ConfigureAwait(false);
        return new TransactionInBlock(height, execution.VmState == "HALT", execution.Exception);
    }
}
