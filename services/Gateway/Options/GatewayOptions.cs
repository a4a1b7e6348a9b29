using System.ComponentModel.DataAnnotations;

namespace Protocol.Services.Gateway.Options;

/// <summary>
/// Every setting of the gateway, bound from the "Gateway" configuration section (appsettings.json, environment variables
/// such as Gateway__Chain__RpcUrl, command line). README.md ("Settings") lists each with its default.
/// </summary>
public sealed class GatewayOptions
{
    public const string Section = "Gateway";

    public ChainOptions Chain { get; set; } = new();

    public ContractsOptions Contracts { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();

    public TransactionOptions Transactions { get; set; } = new();

    public ReadOptions Reads { get; set; } = new();
}

/// <summary>The Neo N3 node the gateway reads through, and the network its transactions are built for.</summary>
public sealed class ChainOptions
{
    /// <summary>The Neo JSON-RPC endpoint (with the ApplicationLogs plugin for transaction tracking).</summary>
    public string RpcUrl { get; set; } = "";

    /// <summary>The network magic of the sign-data (mainnet 860833102, testnet 894710606); checked against the node.</summary>
    public uint Network { get; set; }

    /// <summary>The address version of Neo addresses (Neo N3: 53).</summary>
    [Range(0, 255)]
    public int AddressVersion { get; set; } = 53;

    /// <summary>Longest wait for one RPC answer (default 10 s).</summary>
    [Range(100, 300_000)]
    public int RpcTimeoutMs { get; set; } = 10_000;
}

/// <summary>
/// Where the protocol's contracts are: a deployment record (the JSON `scripts/Cli deploy-protocol` and the story write)
/// and/or explicit hashes by record name ("Hnt", "DataCredits", "Dao", "VoteEscrow", "Governance", "PriceFeed",
/// "HotspotRegistry", "Rewards"), which win over the record's.
/// </summary>
public sealed class ContractsOptions
{
    /// <summary>Path of a deployment record (JSON: {"network", "rpc", "contracts": {name: {"hash", "tx"}}}).</summary>
    public string? DeploymentRecord { get; set; }

    /// <summary>Record name → 0x-hash.</summary>
    public Dictionary<string, string> Hashes { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>Per-client fixed-window rate limit on /v1 (clients are told apart by their IP address).</summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests a client may make per window (default 120).</summary>
    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 120;

    /// <summary>The window, in seconds (default 60).</summary>
    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>How unsigned transactions are built.</summary>
public sealed class TransactionOptions
{
    /// <summary>Blocks a built transaction stays valid for; 0: the node's MaxValidUntilBlockIncrement (default 0).</summary>
    [Range(0, 86_400)]
    public int ValidForBlocks { get; set; }

    /// <summary>Datoshi added to the tested system fee (default 0, as Neo's wallets do; state can change before the block).</summary>
    [Range(0, 10_000_000_000)]
    public long SystemFeeMarginDatoshi { get; set; }
}

/// <summary>Bounds on reads that walk lists.</summary>
public sealed class ReadOptions
{
    /// <summary>Most epochs one /v1/epochs or /v1/subdaos/{id} answer covers (default 200).</summary>
    [Range(1, 10_000)]
    public int MaxEpochs { get; set; } = 200;

    /// <summary>Most items read from one on-chain list (positions, hotspots, proposals; default 500).</summary>
    [Range(1, 2_000)]
    public int MaxItems { get; set; } = 500;
}
