using System.ComponentModel.DataAnnotations;

namespace Protocol.Services.PriceOracle.Options;

/// <summary>The kinds of source; each has an adapter in Sources/.</summary>
public enum SourceKind
{
    /// <summary>Any HTTPS JSON API: price (and optionally timestamp and confidence) picked by configured paths.</summary>
    Json,

    /// <summary>Pyth's Hermes: GET {Url}/v2/updates/price/latest?ids[]={FeedId}&amp;parsed=true.</summary>
    PythHermes,

    /// <summary>A Chainlink-style aggregator's latestRoundData() over Ethereum JSON-RPC eth_call.</summary>
    ChainlinkAggregator,
}

/// <summary>How a JSON source's timestamp is written.</summary>
public enum TimestampFormat
{
    /// <summary>Numbers above 10^11 are milliseconds, others seconds; strings are ISO 8601 or such numbers.</summary>
    Auto,
    UnixSeconds,
    UnixMilliseconds,
    Iso8601,
}

/// <summary>One price source.</summary>
public sealed class SourceOptions
{
    /// <summary>A unique name, used in logs, metrics and /v1/price.</summary>
    public string Name { get; set; } = "";

    public SourceKind Kind { get; set; } = SourceKind.Json;

    /// <summary>Json: the full URL; PythHermes: the Hermes base URL; ChainlinkAggregator: the Ethereum JSON-RPC URL.</summary>
    public string Url { get; set; } = "";

    /// <summary>The quote's weight in the weighted median (default 1).</summary>
    [Range(typeof(decimal), "0.001", "1000")]
    public decimal Weight { get; set; } = 1m;

    /// <summary>Longest wait for an answer; a slower source is dropped for the round (default 2 s).</summary>
    [Range(50, 120_000)]
    public int TimeoutMs { get; set; } = 2_000;

    /// <summary>Overrides Aggregation:MaxQuoteAgeMs for this source (a Chainlink feed with a 1-hour heartbeat needs more).</summary>
    [Range(1_000, 86_400_000)]
    public int? MaxAgeMs { get; set; }

    /// <summary>Extra request headers (an API key, for instance).</summary>
    public Dictionary<string, string> Headers { get; set; } = [];

    /// <summary>Json: where the price is, e.g. "data.amount" or "result.XHNTZUSD.c[0]" (a number or a numeric string).</summary>
    public string? PricePath { get; set; }

    /// <summary>Json: where the publish time is; without it the time of the answer is used.</summary>
    public string? TimestampPath { get; set; }

    public TimestampFormat TimestampFormat { get; set; } = TimestampFormat.Auto;

    /// <summary>Json: where the source's own confidence (±, in USD) is, if it has one.</summary>
    public string? ConfidencePath { get; set; }

    /// <summary>PythHermes: the price feed id (64 hex digits, with or without 0x).</summary>
    public string? FeedId { get; set; }

    /// <summary>ChainlinkAggregator: the aggregator (proxy) contract address, 0x + 40 hex digits.</summary>
    public string? Address { get; set; }

    /// <summary>ChainlinkAggregator: the answer's decimals; read with decimals() when not set.</summary>
    [Range(0, 36)]
    public int? Decimals { get; set; }

    /// <summary>The stale-quote limit that applies to this source.</summary>
    public int MaxAge(AggregationOptions aggregation) => MaxAgeMs ?? aggregation.MaxQuoteAgeMs;
}
