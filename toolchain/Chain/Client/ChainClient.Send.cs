using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;

namespace Protocol.Toolchain.Chain.Client;

public sealed partial class ChainClient
{
    /// <summary>
    /// sendrawtransaction, with Neo's refusals turned into clear errors: -511 becomes <see cref="InsufficientGasException"/>
    /// (need vs the sender's balance), -508 a network magic mismatch when the node runs another network, anything else a
    /// <see cref="TransactionRejectedException"/> carrying Neo's code and message.
    /// </summary>
    public async Task<UInt256> SendAsync(Transaction tx, CancellationToken ct = default)
    {
        try
        {
            return await Rpc.SendRawTransactionAsync(tx, ct).ConfigureAwait(false);
        }
        catch (RpcException ex)
        {
            throw await ExplainAsync(tx, ex, ct).ConfigureAwait(false);
        }
    }

    private async Task<Exception> ExplainAsync(Transaction tx, RpcException ex, CancellationToken ct)
    {
        switch (ex.Code)
        {
            case RpcErrorCode.InsufficientFunds:
                var balance = await GasBalanceAsync(tx.Sender, ct).ConfigureAwait(false);
                if (balance < tx.SystemFee + tx.NetworkFee) return new InsufficientGasException(tx.Sender, tx.SystemFee + tx.NetworkFee, balance);
                return new TransactionRejectedException(ex.Code,
                    $"the node refused the fees of {tx.Hash}: {ex.RpcMessage} (network fee {Gas.Format(tx.NetworkFee)} may be below what the transaction needs)", ex);
            case RpcErrorCode.InvalidSignature:
                var version = await Rpc.GetVersionAsync(ct).ConfigureAwait(false);
                if (version.Network != Network) return new NetworkMismatchException(Network, version.Network);
                return new TransactionRejectedException(ex.Code, $"invalid signature on {tx.Hash}: {ex.RpcMessage}", ex);
            case RpcErrorCode.ExpiredTransaction:
                var count = await Rpc.GetBlockCountAsync(ct).ConfigureAwait(false);
                return new TransactionRejectedException(ex.Code,
                    $"transaction {tx.Hash} expired or not yet valid: ValidUntilBlock {tx.ValidUntilBlock}, chain height {count - 1} ({ex.RpcMessage})", ex);
            default:
                return new TransactionRejectedException(ex.Code, $"the node refused transaction {tx.Hash}: {ex.RpcMessage} (code {ex.Code})", ex);
        }
    }

    /// <summary>Polls getapplicationlog until the transaction is persisted; returns its Application execution.</summary>
    public async Task<RpcExecution> WaitAsync(UInt256 txHash, TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            try
            {
                var log = await Rpc.GetApplicationLogAsync(txHash, null, ct).ConfigureAwait(false);
                return log.Executions.First(e => e.Trigger == "Application");
            }
            catch (RpcException ex) when (ex.Code == RpcErrorCode.InvalidParams || ex.Code == RpcErrorCode.UnknownTransaction)
            {
                if (DateTime.UtcNow >= deadline)
                    throw new TimeoutException($"Transaction {txHash} was not persisted within {timeout.TotalSeconds:0.#} s.");
            }
            await Task.Delay(delay, ct).ConfigureAwait(false);
            if (delay < TimeSpan.FromSeconds(1)) delay *= 2;
        }
    }

    /// <summary>Builds, sends and waits for a transaction; a FAULT in the block raises <see cref="InvocationFaultException"/>.</summary>
    public async Task<InvokeReceipt> ExecuteAsync(ReadOnlyMemory<byte> script, IReadOnlyList<Signer> signers, TransactionOptions? options = null,
        CancellationToken ct = default)
    {
        options ??= TransactionOptions.Default;
        var tx = await BuildAsync(script, signers, options, ct).ConfigureAwait(false);
        var hash = await SendAsync(tx, ct).ConfigureAwait(false);
        var execution = await WaitAsync(hash, options.Timeout, ct).ConfigureAwait(false);
        if (execution.VmState != "HALT") throw new InvocationFaultException($"Transaction {hash}", execution.Exception, execution.GasConsumed);
        return new InvokeReceipt(hash, tx.SystemFee, tx.NetworkFee, execution);
    }

    /// <summary>Invokes a contract method in a transaction (CallFlags.All), signed by <paramref name="signers"/>.</summary>
    public Task<InvokeReceipt> InvokeAsync(UInt160 contract, string method, IReadOnlyList<ContractParameter> args, IReadOnlyList<Signer> signers,
        TransactionOptions? options = null, CancellationToken ct = default) =>
        ExecuteAsync(ScriptFactory.DynamicCall(contract, method, Runtime.Models.CallFlags.All, args), signers, options, ct);
}
