using System.ComponentModel.DataAnnotations;

namespace Protocol.Services.CoverageOracle.Options;

/// <summary>
/// Every setting of one coverage oracle instance, bound from the "CoverageOracle" configuration section (appsettings.json,
/// environment variables such as CoverageOracle__Chain__WalletPassword, command line). Times are milliseconds. Each
/// default is written next to its setting; README.md ("Settings") lists them.
/// </summary>
public sealed class CoverageOracleOptions
{
    public const string Section = "CoverageOracle";

    /// <summary>The subDAO whose hotspots this oracle serves (IOT = 1).</summary>
    [Range(0, 65_535)]
    public int SubDaoId { get; set; } = 1;

    public CoverageChainOptions Chain { get; set; } = new();

    public IngestOptions Ingest { get; set; } = new();

    public VerificationOptions Verification { get; set; } = new();

    public RewardOptions Rewards { get; set; } = new();

    public CoverageStorageOptions Storage { get; set; } = new();

    /// <summary>False: no background loop runs (entropy, verification, rewards, activity); tests drive them with their own clock.</summary>
    public bool BackgroundEnabled { get; set; } = true;
}

/// <summary>The Neo N3 network, the contracts and this instance's key.</summary>
public sealed class CoverageChainOptions
{
    /// <summary>The Neo JSON-RPC endpoint (ApplicationLogs plugin needed), e.g. http://127.0.0.1:10332/. Default: the deployment record's.</summary>
    public string RpcUrl { get; set; } = "";

    /// <summary>The network magic reports and transactions are signed for. Default: the deployment record's.</summary>
    public uint Network { get; set; }

    /// <summary>A deployment record (scripts' deploy output: network, rpc, contract hashes by name); fills what is not set here.</summary>
    public string? DeploymentPath { get; set; }

    /// <summary>The HotspotRegistry contract hash (0x…).</summary>
    public string HotspotRegistry { get; set; } = "";

    /// <summary>The Rewards (escrow) contract hash (0x…).</summary>
    public string Rewards { get; set; } = "";

    /// <summary>The Dao contract hash (0x…): epoch length and each epoch's escrow funding (epochResult).</summary>
    public string Dao { get; set; } = "";

    /// <summary>The NEP-6 wallet holding this instance's key (its reward oracle key and the account paying fees).</summary>
    public string WalletPath { get; set; } = "";

    /// <summary>The wallet's password (set it through the environment: CoverageOracle__Chain__WalletPassword).</summary>
    public string WalletPassword { get; set; } = "";

    /// <summary>The account (address or 0x-hash); default the wallet's default account.</summary>
    public string? Account { get; set; }

    [Range(0, 255)]
    public int AddressVersion { get; set; } = 53;

    /// <summary>Longest wait for one RPC answer (default 10 s).</summary>
    [Range(100, 300_000)]
    public int RpcTimeoutMs { get; set; } = 10_000;

    /// <summary>A signed transaction not in a block this many blocks later expires (ValidUntilBlock; default 40).</summary>
    [Range(2, 5_760)]
    public int ValidForBlocks { get; set; } = 40;

    /// <summary>Datoshi added to the tested system fee (default 0.02 GAS).</summary>
    [Range(0, 1_000_000_000)]
    public long SystemFeeMarginDatoshi { get; set; } = 2_000_000;

    /// <summary>How long registry facts of a hotspot are cached (default 60 s).</summary>
    [Range(0, 86_400_000)]
    public int RegistryCacheMs { get; set; } = 60_000;
}

/// <summary>What the ingest endpoints accept.</summary>
public sealed class IngestOptions
{
    /// <summary>A report stamped further than this after the oracle's clock is refused (default 10 s).</summary>
    [Range(0, 3_600_000)]
    public long MaxClockSkewMs { get; set; } = 10_000;

    /// <summary>A report stamped longer ago than this is refused (default 30 min).</summary>
    [Range(1_000, 7 * 86_400_000L)]
    public long MaxLookbackMs { get; set; } = 30 * 60_000;
}

/// <summary>Entropy and verification.</summary>
public sealed class VerificationOptions
{
    /// <summary>Entropy is published this often (default 60 s).</summary>
    [Range(1_000, 3_600_000)]
    public int EntropyIntervalMs { get; set; } = 60_000;

    /// <summary>The verification loop's period (default 10 s).</summary>
    [Range(100, 3_600_000)]
    public int IntervalMs { get; set; } = 10_000;

    /// <summary>Antenna gain assumed for every hotspot, deci-dBi (the registry records none; default 12 = 1.2 dBi).</summary>
    [Range(-200, 300)]
    public int DefaultGainDeciDbi { get; set; } = 12;

    /// <summary>Denylisted hotspot keys (hex); the configured list is the whole denylist.</summary>
    public List<string> Denylist { get; set; } = [];

    /// <summary>A hotspot counts in the density map while it beaconed with a witness this recently (default 60 h, HIP-17).</summary>
    [Range(60_000, 30 * 86_400_000L)]
    public long DensityActiveMs { get; set; } = 60 * 3_600_000L;
}

/// <summary>Epoch rewards, roots, the peers and activity.</summary>
public sealed class RewardOptions
{
    /// <summary>This instance's position in Rewards.oracles(subDaoId) (its signature's oracleIndex); -1: not a reward oracle.</summary>
    [Range(-1, 15)]
    public int OracleIndex { get; set; } = -1;

    /// <summary>The other reward oracle instances: their index and base URL (for GET /v1/roots/{epoch}).</summary>
    public List<PeerOptions> Peers { get; set; } = [];

    /// <summary>Signatures submitRoot needs (the contract's k).</summary>
    [Range(1, 16)]
    public int Quorum { get; set; } = 2;

    /// <summary>An epoch is computed this long after it ends (late reports, the Dao's close; default 10 min).</summary>
    [Range(0, 86_400_000)]
    public long SettleDelayMs { get; set; } = 10 * 60_000;

    /// <summary>The rewards loop's period (default 30 s).</summary>
    [Range(100, 3_600_000)]
    public int IntervalMs { get; set; } = 30_000;

    /// <summary>Epoch length in seconds; 0 (default): read Dao.epochLengthSeconds().</summary>
    [Range(0, 365 * 86_400L)]
    public long EpochLengthSeconds { get; set; }

    /// <summary>True: this instance calls HotspotRegistry.setActive (its account must be the subDAO's active-device authority).</summary>
    public bool ManageActive { get; set; }

    /// <summary>A hotspot with no valid activity for this long is set inactive (default 60 h).</summary>
    [Range(60_000, 365 * 86_400_000L)]
    public long InactiveAfterMs { get; set; } = 60 * 3_600_000L;
}

public sealed class PeerOptions
{
    [Range(0, 15)]
    public int Index { get; set; }

    public string Url { get; set; } = "";
}

/// <summary>Where reports, verdicts and rewards live.</summary>
public sealed class CoverageStorageOptions
{
    /// <summary>SQLite connection string, used unless <see cref="Postgres"/> is set.</summary>
    public string Sqlite { get; set; } = "Data Source=coverage-oracle.db";

    /// <summary>A PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite.</summary>
    public string? Postgres { get; set; }
}
