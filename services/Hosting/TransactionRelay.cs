using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.Hosting;

public enum BroadcastOutcome
{
    /// <summary>The node took it into its memory pool.</summary>
    Accepted,

    /// <summary>The node already has it, pooled or in a block.</summary>
    Known,

    /// <summary>Past its ValidUntilBlock: it can never be included.</summary>
    Expired,

    /// <summary>Refused for another reason (fees, witness, policy).</summary>
    Rejected,
}

public sealed record BroadcastResult(BroadcastOutcome Outcome, string? Detail);

/// <summary>A transaction found in a block: where, and how it ended.</summary>
public sealed record TransactionInBlock(uint BlockIndex, bool Halted, string? Exception);

/// <summary>
/// Broadcasting exact bytes and finding a transaction in a block over a Neo JSON-RPC node (the ApplicationLogs plugin is
/// needed), as the oracles' chains do.
/// </summary>
public static class TransactionRelay
{
    /// <summary>Sends exactly these bytes; the node's refusal is an outcome, a transport failure throws.</summary>
    public static async Task<BroadcastResult> BroadcastAsync(ChainClient client, Transaction tx, CancellationToken ct)
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

    /// <summary>The transaction's block and VM state (getapplicationlog, then its height), or null while it is in no block.</summary>
    public static async Task<TransactionInBlock?> FindAsync(ChainClient client, UInt256 hash, CancellationToken ct)
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
