using System.Text.Json.Nodes;
using Protocol.Services.Gateway.Api;
using Protocol.Services.Gateway.Chain;
using Protocol.Toolchain.Chain.Json;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Services.Gateway.Transactions;

public sealed record RelayedView(string Hash, string Status, string Location);

/// <summary>
/// A transaction's fate: "pending" (in the node's memory pool), "confirmed" (in a block: the Application execution's VM
/// state, fault reason, GAS, the block and the events), or "unknown" (neither: never seen, dropped or expired).
/// </summary>
public sealed record TransactionStatusView(string Hash, string Status, string? VmState, string? Exception, TokenAmount? GasConsumed, uint? BlockIndex,
    string? BlockHash, IReadOnlyList<JsonNode?>? Stack, IReadOnlyList<NotificationView>? Notifications);

/// <summary>Relays signed transactions (sendrawtransaction) and tracks them (getapplicationlog, getrawmempool, getrawtransaction).</summary>
public sealed class RelayService(ProtocolReader reader, TransactionBuilder builder)
{
    public async Task<RelayedView> RelayAsync(RelayRequest request, CancellationToken ct)
    {
        var bytes = Inputs.Base64(request.Transaction, "transaction");
        Transaction tx;
        try
        {
            tx = Transaction.Parse(bytes);
        }
        catch (Exception ex) when (ex is FormatException or EndOfStreamException or ArgumentException or InvalidOperationException or OverflowException)
        {
            throw ApiProblem.BadRequest($"transaction is not a signed Neo N3 transaction: {ex.Message}");
        }
        try
        {
            var hash = await reader.Rpc.SendRawTransactionAsync(tx, ct);
            return new RelayedView(hash.ToString(), "pending", $"/v1/transactions/{hash}");
        }
        catch (RpcException ex)
        {
            throw ApiProblem.Unprocessable("The node refused the transaction", $"{ex.RpcMessage} (Neo RPC error {ex.Code})")
                .With("rpcCode", ex.Code).With("hash", tx.Hash.ToString());
        }
    }

    public async Task<TransactionStatusView> StatusAsync(string text, CancellationToken ct)
    {
        if (!UInt256.TryParse(text, out var hash) || hash is null)
            throw ApiProblem.BadRequest($"'{text}' is not a transaction hash: expected 0x followed by 64 hex digits.");
        try
        {
            var log = await reader.Rpc.GetApplicationLogAsync(hash, null, ct);
            var run = log.Executions.First(e => e.Trigger == "Application");
            var verbose = await reader.Rpc.GetRawTransactionVerboseAsync(hash, reader.AddressVersion, ct);
            uint? height = verbose.BlockHash is null ? null : await reader.Rpc.GetTransactionHeightAsync(hash, ct);
            return new TransactionStatusView(hash.ToString(), "confirmed", run.VmState, run.Exception, TokenAmount.Gas(run.GasConsumed), height,
                verbose.BlockHash?.ToString(), run.Stack.Select(s => JsonNode.Parse(StackItemJson.ToJson(s))).ToList(),
                run.Notifications.Select(builder.Notification).ToList());
        }
        catch (RpcException ex) when (ex.Code is RpcErrorCode.InvalidParams or RpcErrorCode.UnknownTransaction)
        {
        }
        var pool = await reader.Rpc.SendAsync("getrawmempool", [], ct);
        if (pool.EnumerateArray().Any(h => h.GetString() is { } s && UInt256.TryParse(s, out var p) && p == hash))
            return new TransactionStatusView(hash.ToString(), "pending", null, null, null, null, null, null, null);
        throw ApiProblem.NotFound($"Transaction {hash} is neither in a block nor in the node's memory pool (never relayed, dropped or expired).")
            .With("transactionStatus", "unknown").With("hash", hash.ToString());
    }
}
