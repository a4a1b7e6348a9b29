using System.ComponentModel.DataAnnotations;

namespace Protocol.Services.PriceOracle.Options;

/// <summary>
/// Every setting of one oracle instance, bound from the "PriceOracle" configuration section (appsettings.json, environment
/// variables such as PriceOracle__Chain__WalletPassword, command line). Times are milliseconds, ratios basis points
/// (1 bps = 0.01 %). Each default is written next to its setting; README.md ("Running a price oracle") lists them.
/// </summary>
public sealed class PriceOracleOptions
{
    public const string Section = "PriceOracle";

    /// <summary>Where quotes come from; at least <see cref="AggregationOptions.MinSources"/> of them.</summary>
    public List<SourceOptions> Sources { get; set; } = [];

    public AggregationOptions Aggregation { get; set; } = new();

    public SubmissionOptions Submission { get; set; } = new();

    public ChainOptions Chain { get; set; } = new();

    public StorageOptions Storage { get; set; } = new();
}

/// <summary>How quotes become one price, every <see cref="IntervalMs"/>.</summary>
public sealed class AggregationOptions
{
    /// <summary>Time between rounds (default 10 s).</summary>
    [Range(100, 3_600_000)]
    public int IntervalMs { get; set; } = 10_000;

    /// <summary>A quote published longer ago than this is dropped as stale (default 60 s; a source may override it).</summary>
    [Range(1_000, 86_400_000)]
    public int MaxQuoteAgeMs { get; set; } = 60_000;

    /// <summary>A quote stamped further than this in the future is dropped (clock skew; default 5 s).</summary>
    [Range(0, 600_000)]
    public int MaxClockSkewMs { get; set; } = 5_000;

    /// <summary>Fewer live quotes than this: no price, no submission, not ready (default 2).</summary>
    [Range(1, 64)]
    public int MinSources { get; set; } = 2;

    /// <summary>A quote further than k × 1.4826 × MAD from the median is an outlier (default 3, about 3 standard deviations).</summary>
    [Range(typeof(decimal), "0.5", "100")]
    public decimal OutlierMadK { get; set; } = 3m;

    /// <summary>The outlier band is never narrower than this share of the median (default 50 bps), so agreeing sources' tiny MAD cannot drop a fair quote.</summary>
    [Range(0, 10_000)]
    public int MinOutlierBandBps { get; set; } = 50;

    /// <summary>A price whose confidence exceeds this share of it is refused (default 200 bps = 2 %; below 5000, as minting needs price − 2·conf &gt; 0).</summary>
    [Range(1, 4_999)]
    public int MaxConfidenceBps { get; set; } = 200;
}

/// <summary>When and how this instance submits to the PriceFeed contract.</summary>
public sealed class SubmissionOptions
{
    /// <summary>False: aggregate and serve the price only, never sign (no Chain settings needed; default true).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Submit when the price moved more than this from the last confirmed submission (default 50 bps = 0.5 %).</summary>
    [Range(1, 10_000)]
    public int DeviationBps { get; set; } = 50;

    /// <summary>Submit at least this often, moved or not (default 2 min: well inside the contract's 10-minute freshness).</summary>
    [Range(1_000, 86_400_000)]
    public int HeartbeatMs { get; set; } = 120_000;

    /// <summary>A submission not in a block this many blocks after it was signed expires (ValidUntilBlock; default 20).</summary>
    [Range(2, 5_760)]
    public int ValidForBlocks { get; set; } = 20;

    /// <summary>
    /// Datoshi added to the tested system fee (default 0.05 GAS). submitPrice costs more once the feed has a fresh quorum
    /// (it then selects the median to flag outliers): measured on the devnet, 0.136 GAS with no fresh submission and 0.153
    /// GAS with two, so another oracle's submission landing first in the same block can exhaust a smaller margin (FAULT
    /// "Insufficient GAS", the fee spent for nothing). Neo burns the whole system fee, so the margin is a per-submission cost.
    /// </summary>
    public long SystemFeeMarginDatoshi { get; set; } = 5_000_000;
}

/// <summary>The Neo N3 network, the feed and this instance's oracle key.</summary>
public sealed class ChainOptions
{
    /// <summary>The Neo JSON-RPC endpoint (needs the ApplicationLogs plugin), e.g. http://127.0.0.1:10332/.</summary>
    public string RpcUrl { get; set; } = "";

    /// <summary>The network magic transactions are signed for (mainnet 860833102, testnet 894710606).</summary>
    public uint Network { get; set; }

    /// <summary>The PriceFeed contract's hash (0x…).</summary>
    public string PriceFeed { get; set; } = "";

    /// <summary>The NEP-6 wallet holding the oracle key.</summary>
    public string WalletPath { get; set; } = "";

    /// <summary>The wallet's password (set it through the environment: PriceOracle__Chain__WalletPassword).</summary>
    public string WalletPassword { get; set; } = "";

    /// <summary>The oracle account (address or 0x-hash); default the wallet's default account.</summary>
    public string? Account { get; set; }

    /// <summary>The address version of <see cref="Account"/> (Neo N3: 53).</summary>
    [Range(0, 255)]
    public int AddressVersion { get; set; } = 53;

    /// <summary>Longest wait for one RPC answer (default 10 s).</summary>
    [Range(100, 300_000)]
    public int RpcTimeoutMs { get; set; } = 10_000;
}

/// <summary>Where the audit log and the submission state live.</summary>
public sealed class StorageOptions
{
    /// <summary>SQLite connection string, used unless <see cref="Postgres"/> is set (default a file next to the service).</summary>
    public string Sqlite { get; set; } = "Data Source=price-oracle.db";

    /// <summary>A PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite.</summary>
    public string? Postgres { get; set; }
}
