using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Protocol.Toolchain.Chain.Json;
using Protocol.Toolchain.Chain.Transactions;
using Protocol.Toolchain.Runtime.Engine;
using Protocol.Toolchain.Runtime.Json;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Runtime.Payloads;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Toolchain.Chain.Rpc;

/// <summary>The typed RPC methods of reference §2.14, with Neo's parameter and result shapes.</summary>
public sealed partial class RpcClient
{
    public async Task<RpcVersion> GetVersionAsync(CancellationToken ct = default) =>
        RpcParsers.Version(await SendAsync("getversion", [], ct).ConfigureAwait(false));

    /// <summary>The current height + 1.</summary>
    public async Task<uint> GetBlockCountAsync(CancellationToken ct = default) =>
        (await SendAsync("getblockcount", [], ct).ConfigureAwait(false)).GetUInt32();

    public async Task<UInt256> GetBlockHashAsync(uint index, CancellationToken ct = default) =>
        UInt256.Parse((await SendAsync("getblockhash", [index], ct).ConfigureAwait(false)).GetString()!);

    public async Task<Block> GetBlockAsync(uint index, CancellationToken ct = default) =>
        Block.Parse(Convert.FromBase64String((await SendAsync("getblock", [index], ct).ConfigureAwait(false)).GetString()!));

    public async Task<RpcInvokeResult> InvokeFunctionAsync(UInt160 contract, string method, IReadOnlyList<ContractParameter> args,
        IReadOnlyList<Signer>? signers = null, CancellationToken ct = default)
    {
        var parameters = new JsonArray(contract.ToString(), method, new JsonArray(args.Select(a => JsonNode.Parse(a.ToJson())).ToArray()));
        if (signers is not null) parameters.Add(SignersJson(signers));
        return RpcParsers.Invoke(await SendAsync("invokefunction", parameters, ct).ConfigureAwait(false));
    }

    public async Task<RpcInvokeResult> InvokeScriptAsync(ReadOnlyMemory<byte> script, IReadOnlyList<Signer>? signers = null, CancellationToken ct = default)
    {
        var parameters = new JsonArray(Convert.ToBase64String(script.Span));
        if (signers is not null) parameters.Add(SignersJson(signers));
        return RpcParsers.Invoke(await SendAsync("invokescript", parameters, ct).ConfigureAwait(false));
    }

    /// <summary>The network fee (datoshi) of <paramref name="tx"/>, whose witnesses carry verification scripts and may lack invocations.</summary>
    public async Task<long> CalculateNetworkFeeAsync(Transaction tx, CancellationToken ct = default)
    {
        var result = await SendAsync("calculatenetworkfee", [Convert.ToBase64String(tx.ToArray())], ct).ConfigureAwait(false);
        return long.Parse(JsonRead.GetString(result, "networkfee"), CultureInfo.InvariantCulture);
    }

    public async Task<UInt256> SendRawTransactionAsync(Transaction tx, CancellationToken ct = default)
    {
        var result = await SendAsync("sendrawtransaction", [Convert.ToBase64String(tx.ToArray())], ct).ConfigureAwait(false);
        return UInt256.Parse(JsonRead.GetString(result, "hash"));
    }

    /// <summary>The application log of a transaction or block; -32602 "Unknown transaction/blockhash" while it is not persisted.</summary>
    public async Task<RpcApplicationLog> GetApplicationLogAsync(UInt256 hash, string? trigger = null, CancellationToken ct = default)
    {
        var parameters = new JsonArray(hash.ToString());
        if (trigger is not null) parameters.Add(trigger);
        return RpcParsers.ApplicationLog(await SendAsync("getapplicationlog", parameters, ct).ConfigureAwait(false));
    }

    /// <summary>A contract by hash, native name or id.</summary>
    public async Task<ContractState> GetContractStateAsync(string hashNameOrId, CancellationToken ct = default) =>
        ContractStateJson.Parse(await SendAsync("getcontractstate", [hashNameOrId], ct).ConfigureAwait(false));

    public Task<ContractState> GetContractStateAsync(UInt160 hash, CancellationToken ct = default) => GetContractStateAsync(hash.ToString(), ct);

    public async Task<IReadOnlyList<ContractState>> GetNativeContractsAsync(CancellationToken ct = default) =>
        (await SendAsync("getnativecontracts", [], ct).ConfigureAwait(false)).EnumerateArray().Select(ContractStateJson.Parse).ToList();

    public async Task<RpcNep17Balances> GetNep17BalancesAsync(string addressOrHash, CancellationToken ct = default) =>
        RpcParsers.Nep17Balances(await SendAsync("getnep17balances", [addressOrHash], ct).ConfigureAwait(false));

    public async Task<RpcNep17Transfers> GetNep17TransfersAsync(string addressOrHash, ulong? startTime = null, ulong? endTime = null,
        CancellationToken ct = default)
    {
        var parameters = new JsonArray(addressOrHash);
        if (startTime is not null) parameters.Add(startTime.Value);
        if (endTime is not null) parameters.Add(endTime.Value);
        return RpcParsers.Nep17Transfers(await SendAsync("getnep17transfers", parameters, ct).ConfigureAwait(false));
    }

    public async Task<Transaction> GetRawTransactionAsync(UInt256 hash, CancellationToken ct = default) =>
        Transaction.Parse(Convert.FromBase64String((await SendAsync("getrawtransaction", [hash.ToString()], ct).ConfigureAwait(false)).GetString()!));

    public async Task<RpcTransaction> GetRawTransactionVerboseAsync(UInt256 hash, byte addressVersion = Runtime.Contracts.Address.DefaultVersion,
        CancellationToken ct = default) =>
        RpcParsers.Transaction(await SendAsync("getrawtransaction", [hash.ToString(), true], ct).ConfigureAwait(false), addressVersion);

    public async Task<uint> GetTransactionHeightAsync(UInt256 hash, CancellationToken ct = default) =>
        (await SendAsync("gettransactionheight", [hash.ToString()], ct).ConfigureAwait(false)).GetUInt32();

    public async Task<byte[]> GetStorageAsync(string contract, ReadOnlyMemory<byte> key, CancellationToken ct = default) =>
        Convert.FromBase64String((await SendAsync("getstorage", [contract, Convert.ToBase64String(key.Span)], ct).ConfigureAwait(false)).GetString()!);

    public async Task<RpcFoundStorage> FindStorageAsync(string contract, ReadOnlyMemory<byte> prefix, int start = 0, CancellationToken ct = default) =>
        RpcParsers.FoundStorage(await SendAsync("findstorage", [contract, Convert.ToBase64String(prefix.Span), start], ct).ConfigureAwait(false));

    /// <summary>Up to <paramref name="count"/> more items of a session iterator (needs sessions enabled: -601 otherwise).</summary>
    public async Task<IReadOnlyList<StackItem>> TraverseIteratorAsync(string session, string iterator, int count, CancellationToken ct = default) =>
        (await SendAsync("traverseiterator", [session, iterator, count], ct).ConfigureAwait(false)).EnumerateArray().Select(StackItemJson.Parse).ToList();

    public async Task<bool> TerminateSessionAsync(string session, CancellationToken ct = default) =>
        (await SendAsync("terminatesession", [session], ct).ConfigureAwait(false)).GetBoolean();

    private static JsonArray SignersJson(IReadOnlyList<Signer> signers) =>
        new(signers.Select(s => JsonNode.Parse(s.ToJson())).ToArray());
}
