using Protocol.Services.PriceOracle.Options;

namespace Protocol.Services.PriceOracle.Sources;

/// <summary>One place a USD price comes from. Adapters answer a quote or throw <see cref="SourceException"/> with the reason.</summary>
public interface IPriceSource
{
    string Name { get; }

    SourceKind Kind { get; }

    /// <summary>The quote's weight in the weighted median.</summary>
    decimal Weight { get; }

    /// <summary>Longest wait for an answer; the collector cancels the fetch after it.</summary>
    TimeSpan Timeout { get; }

    /// <summary>A quote published longer ago than this is stale.</summary>
    TimeSpan MaxAge { get; }

    Task<SourceQuote> FetchAsync(CancellationToken ct);
}

/// <summary>
/// What a source said: the price in USD, its own ± confidence in USD where it has one, and when it was published (null:
/// the source does not say, so the time of the answer counts).
/// </summary>
public sealed record SourceQuote(decimal Price, decimal? Confidence, DateTimeOffset? PublishedAt);

/// <summary>Why a quote took no part in the price.</summary>
public enum DropReason
{
    /// <summary>No answer within the source's timeout.</summary>
    Timeout,

    /// <summary>The connection failed (refused, reset, DNS, TLS).</summary>
    Unreachable,

    /// <summary>The source answered with a non-success HTTP status.</summary>
    HttpStatus,

    /// <summary>The answer was not the JSON the adapter expects (not JSON, a missing field, a wrong type).</summary>
    Malformed,

    /// <summary>The source answered with an error of its own (a JSON-RPC error, an unknown feed).</summary>
    SourceError,

    /// <summary>A price that is not positive, or a negative confidence.</summary>
    InvalidPrice,

    /// <summary>Published longer ago than the source's maximum age.</summary>
    Stale,

    /// <summary>Stamped further in the future than the allowed clock skew.</summary>
    FromFuture,

    /// <summary>Further from the median than the outlier band (k × MAD).</summary>
    Outlier,
}

/// <summary>A source could not give a usable quote; <see cref="Reason"/> classifies it, the message says what happened.</summary>
public sealed class SourceException(DropReason reason, string message, Exception? inner = null) : Exception(message, inner)
{
    public DropReason Reason { get; } = reason;
}
