using System.Numerics;
using Protocol.Services.CoverageOracle.Storage;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Cryptography;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Vm.Types;
using VmArray = Protocol.Toolchain.Vm.Types.Array;

namespace Protocol.Services.CoverageOracle.Chain;

/// <summary>
/// <see cref="ICoverageChain"/> over a Neo JSON-RPC node (ApplicationLogs plugin needed) with this instance's wallet key.
/// Reads are invokefunction calls; transactions are built as Neo's wallets build them (ChainClient: tested system fee plus a
/// margin, calculatenetworkfee) and signed by this account alone with CalledByEntry scope.
/// </summary>
public sealed partial class RpcCoverageChain(ChainClient client, UInt160 registry, UInt160 rewards, UInt160 dao, UInt160 account, KeyPair key,
    long systemFeeMargin) : ICoverageChain, IDisposable
{
    public uint Network => client.Network;

    public UInt160 Rewards { get; } = rewards;

    public UInt160 Account { get; } = account;

    public byte[] PublicKey { get; } = key.PublicKey.Encode(compressed: true);

    public async Task<RegisteredHotspot?> HotspotAsync(byte[] tokenId, CancellationToken ct)
    {
        var result = await client.Rpc.InvokeFunctionAsync(registry, "hotspotInfo", [ContractParameter.ByteArray(tokenId)], null, ct).ConfigureAwait(false);
        if (!result.Halted)
        {
            if (result.Exception?.Contains("does not exist", StringComparison.Ordinal) == true) return null;
            throw new InvocationFaultException($"Call {registry}.hotspotInfo", result.Exception, result.GasConsumed);
        }
        if (result.Stack.Count == 0 || result.Stack[0] is not VmArray { Count: >= 10 } f) return null;
        return new RegisteredHotspot(tokenId, new UInt160(f[0].GetSpan()), (int)f[2].GetInteger(), f[4].GetString() ?? "", (ulong)(long)f[6].GetInteger(),
            f[7].GetBoolean(), f[9].GetBoolean());
    }

    public async Task<ChainTip> TipAsync(CancellationToken ct)
    {
        var height = await client.Rpc.GetBlockCountAsync(ct).ConfigureAwait(false) - 1;
        var block = await client.Rpc.GetBlockAsync(height, ct).ConfigureAwait(false);
        return new ChainTip(height, block.Hash.ToArray(), (long)block.Timestamp);
    }

    public async Task<ChainTip?> LastBlockBeforeAsync(long timeMs, CancellationToken ct)
    {
        var tip = await TipAsync(ct).ConfigureAwait(false);
        if (tip.TimestampMs < timeMs) return null;
        // Binary search on heights (block times only grow): ts(lo) < timeMs <= ts(hi).
        uint lo = 0, hi = tip.Height;
        var low = await BlockAsync(0, ct).ConfigureAwait(false);
        if (low.TimestampMs >= timeMs) return low;
        while (hi - lo > 1)
        {
            var mid = lo + (hi - lo) / 2;
            var block = await BlockAsync(mid, ct).ConfigureAwait(false);
            if (block.TimestampMs < timeMs) (lo, low) = (mid, block);
            else hi = mid;
        }
        return low;
    }

    private async Task<ChainTip> BlockAsync(uint height, CancellationToken ct)
    {
        var block = await client.Rpc.GetBlockAsync(height, ct).ConfigureAwait(false);
        return new ChainTip(height, block.Hash.ToArray(), (long)block.Timestamp);
    }

    public async Task<long> EpochLengthSecondsAsync(CancellationToken ct) => (long)(await IntegerAsync(dao, "epochLengthSeconds", [], ct).ConfigureAwait(false));

    public async Task<long> FirstEpochAsync(CancellationToken ct) => (long)(await IntegerAsync(dao, "firstEpoch", [], ct).ConfigureAwait(false));

    public async Task<ulong?> EscrowFundingAsync(int subDaoId, long epoch, CancellationToken ct)
    {
        var result = await client.CallAsync(dao, "epochResult", [ContractParameter.Integer(subDaoId), ContractParameter.Integer(epoch)], null, ct)
            .ConfigureAwait(false);
        return result.Stack[0] is VmArray { Count: >= 3 } f ? (ulong)f[2].GetInteger() : null;
    }

    public async Task<PoolInfo?> PoolInfoAsync(int subDaoId, CancellationToken ct)
    {
        var result = await client.CallAsync(Rewards, "poolInfo", [ContractParameter.Integer(subDaoId)], null, ct).ConfigureAwait(false);
        if (result.Stack[0] is not VmArray { Count: >= 6 } f) return null;
        return new PoolInfo((ulong)f[1].GetInteger(), (ulong)f[2].GetInteger(), (long)f[3].GetInteger(), f[4].IsNull ? [] : f[4].GetSpan().ToArray(),
            (ulong)f[5].GetInteger());
    }

    public async Task<(IReadOnlyList<byte[]> Keys, int Quorum)> OraclesAsync(int subDaoId, CancellationToken ct)
    {
        var result = await client.CallAsync(Rewards, "oracles", [ContractParameter.Integer(subDaoId)], null, ct).ConfigureAwait(false);
        if (result.Stack[0] is not VmArray { Count: >= 2 } f || f[0] is not VmArray keys) return ([], 0);
        return (keys.Select(k => k.GetSpan().ToArray()).ToList(), (int)f[1].GetInteger());
    }

    public async Task<ulong> ClaimedByAsync(byte[] tokenId, CancellationToken ct) =>
        (ulong)await IntegerAsync(Rewards, "claimedBy", [ContractParameter.ByteArray(tokenId)], ct).ConfigureAwait(false);

    public byte[] SignMessage(byte[] message) => key.Sign(message);

    public Task<Transaction> SignSubmitRootAsync(int subDaoId, long epoch, byte[] root, ulong total, IReadOnlyList<RootSignature> signatures,
        uint validUntilBlock, CancellationToken ct)
    {
        var sigs = signatures.Select(s => ContractParameter.Array(ContractParameter.Integer(s.OracleIndex), ContractParameter.ByteArray(s.Signature))).ToArray();
        var script = ScriptFactory.DynamicCall(Rewards, "submitRoot", ContractParameter.Integer(subDaoId), ContractParameter.Integer(epoch),
            ContractParameter.ByteArray(root), ContractParameter.Integer(total), ContractParameter.Array(sigs));
        var options = new TransactionOptions { SystemFeeMargin = systemFeeMargin, ValidUntilBlock = validUntilBlock };
        return client.BuildAsync(script, [ChainClient.EntrySigner(Account)], options, ct);
    }

    public async Task<bool> SetActiveAsync(byte[] tokenId, bool active, CancellationToken ct)
    {
        var receipt = await client.InvokeAsync(registry, "setActive", [ContractParameter.ByteArray(tokenId), ContractParameter.Boolean(active)],
            [ChainClient.EntrySigner(Account)], new TransactionOptions { SystemFeeMargin = systemFeeMargin }, ct).ConfigureAwait(false);
        return receipt.Execution.Stack.Count > 0 && receipt.Execution.Stack[0].GetBoolean();
    }

    private async Task<BigInteger> IntegerAsync(UInt160 contract, string method, ContractParameter[] args, CancellationToken ct) =>
        (await client.CallAsync(contract, method, args, null, ct).ConfigureAwait(false)).Stack[0].GetInteger();

    public void Dispose() => client.Dispose();
}
