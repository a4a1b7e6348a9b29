using Microsoft.Extensions.Options;
using Protocol.Services.Gateway.Options;
using Protocol.Toolchain.Chain.Client;
using Protocol.Toolchain.Chain.Rpc;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Vm.Types;

namespace Protocol.Services.Gateway.Chain;

/// <summary>
/// Every chain read of the gateway, through the node's JSON-RPC only (invokescript, getblock, findstorage, getversion),
/// so it works the same against the devnet and Neo N3 testnet or mainnet. A FAULT raises
/// <see cref="InvocationFaultException"/> with the contract's message; node failures raise the RPC client's exceptions.
/// </summary>
public sealed class ProtocolReader(RpcClient rpc, ProtocolContracts contracts, IOptions<GatewayOptions> options)
{
    /// <summary>Calls per invokescript: the node's test-mode GAS limit (20 GAS by default) bounds one script.</summary>
    private const int BatchSize = 64;

    private RpcVersion? _version;

    public RpcClient Rpc { get; } = rpc;

    public ProtocolContracts Contracts { get; } = contracts;

    public byte AddressVersion { get; } = (byte)options.Value.Chain.AddressVersion;

    public uint Network { get; } = options.Value.Chain.Network;

    public int MaxItems { get; } = options.Value.Reads.MaxItems;

    public async Task<StackItem> CallAsync(UInt160 contract, string method, params object?[] args) =>
        (await BatchAsync([new ReadCall(contract, method, args)]))[0];

    /// <summary>Runs the calls (in scripts of up to 64 calls) and returns their results in order.</summary>
    public async Task<IReadOnlyList<StackItem>> BatchAsync(IReadOnlyList<ReadCall> calls, CancellationToken ct = default)
    {
        var results = new List<StackItem>(calls.Count);
        foreach (var chunk in calls.Chunk(BatchSize))
        {
            var result = await Rpc.InvokeScriptAsync(ReadScripts.Batch(chunk), null, ct);
            if (!result.Halted) throw new InvocationFaultException(Describe(chunk), result.Exception, result.GasConsumed);
            results.AddRange(result.Stack);
        }
        return results;
    }

    /// <summary>The values of an iterator-returning method, at most <see cref="MaxItems"/> of them.</summary>
    public async Task<IReadOnlyList<StackItem>> ListAsync(ReadCall call, CancellationToken ct = default)
    {
        var result = await Rpc.InvokeScriptAsync(ReadScripts.Unwrap(call, MaxItems), null, ct);
        if (!result.Halted) throw new InvocationFaultException(Describe([call]), result.Exception, result.GasConsumed);
        return (Protocol.Toolchain.Vm.Types.Array)result.Stack[0];
    }

    /// <summary>Storage entries under a key prefix (findstorage, paged), keys without the prefix, at most <see cref="MaxItems"/>.</summary>
    public async Task<IReadOnlyList<(byte[] Key, byte[] Value)>> FindStorageAsync(UInt160 contract, byte[] prefix, CancellationToken ct = default)
    {
        var entries = new List<(byte[], byte[])>();
        int start = 0;
        while (entries.Count < MaxItems)
        {
            var page = await Rpc.FindStorageAsync(contract.ToString(), prefix, start, ct);
            entries.AddRange(page.Results.Select(r => (r.Key[prefix.Length..], r.Value)));
            if (!page.Truncated) break;
            start = page.Next;
        }
        return entries.Take(MaxItems).ToList();
    }

    /// <summary>The last block's index and time (ms): "now" for voting power and derived states.</summary>
    public async Task<(uint Height, ulong TimeMs)> TipAsync(CancellationToken ct = default)
    {
        var count = await Rpc.GetBlockCountAsync(ct);
        var block = await Rpc.GetBlockAsync(count - 1, ct);
        return (count - 1, block.Header.Timestamp);
    }

    /// <summary>getversion, cached; the node must run <see cref="Network"/>.</summary>
    public async Task<RpcVersion> VersionAsync(CancellationToken ct = default)
    {
        if (_version is not null) return _version;
        var version = await Rpc.GetVersionAsync(ct);
        if (version.Network != Network) throw new NetworkMismatchException(Network, version.Network);
        return _version = version;
    }

    private string Describe(IEnumerable<ReadCall> calls) =>
        "Read " + string.Join(", ", calls.Select(c => $"{Contracts.NameOf(c.Contract) ?? c.Contract.ToString()}.{c.Method}").Distinct().Take(3));
}

