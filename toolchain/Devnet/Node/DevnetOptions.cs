namespace Protocol.Toolchain.Devnet.Node;

/// <summary>
/// Settings of a local devnet. Every one has a default that runs out of the box; all can come from a config file or flags.
/// </summary>
public sealed record DevnetOptions
{
    /// <summary>Network magic ("DEVN" little-endian, 1314276676). Transactions signed for another magic fail with -508.</summary>
    public uint Network { get; init; } = 0x4E564544;

    public byte AddressVersion { get; init; } = 0x35;

    /// <summary>Milliseconds between blocks (also Policy's MillisecondsPerBlock at genesis); 0 makes blocks only on demand.</summary>
    public uint MillisecondsPerBlock { get; init; } = 1000;

    /// <summary>Where the chain file (chain.log) lives.</summary>
    public string DataDirectory { get; init; } = "devnet-data";

    /// <summary>The dev wallet: its first key is the committee member and validator. Created on first start if missing.</summary>
    public string WalletPath { get; init; } = "devnet-data/dev-wallet.json";

    public string WalletPassword { get; init; } = "devnet";

    /// <summary>Loopback port of the JSON-RPC server (0 picks a free one).</summary>
    public int RpcPort { get; init; } = 50012;

    /// <summary>Gas limit of invokefunction / invokescript, datoshi (neo-node's RpcServer.json: 20 GAS).</summary>
    public long MaxGasInvoke { get; init; } = 20_00000000;

    public int MaxTransactionsPerBlock { get; init; } = 512;

    public int MemoryPoolMaxTransactions { get; init; } = 50_000;

    public uint MaxValidUntilBlockIncrement { get; init; } = 5_760;

    public uint MaxTraceableBlocks { get; init; } = 2_102_400;

    /// <summary>GAS (datoshi) block 1 moves from the validators' genesis account to the dev wallet's standard account.</summary>
    public long FundGas { get; init; } = 10_000_000_00000000;

    public int MaxIteratorResultItems { get; init; } = 100;

    public int FindStoragePageSize { get; init; } = 50;

    /// <summary>scrypt cost of a newly created dev wallet (Neo's default n=16384, r=8, p=8).</summary>
    public Chain.Keys.ScryptParameters WalletScrypt { get; init; } = Chain.Keys.ScryptParameters.Default;

    public string ChainFile => Path.Combine(DataDirectory, "chain.log");
}
