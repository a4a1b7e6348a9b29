using Protocol.Services.PriceOracle.Sources;

namespace Protocol.Services.PriceOracle.Aggregation;

/// <summary>One source's part in a round: its quote (if it gave one), how long it took, and whether it was used or why not.</summary>
public sealed record QuoteReport(
    string Source,
    string Kind,
    decimal Weight,
    decimal? Price,
    decimal? Confidence,
    DateTimeOffset? PublishedAt,
    double LatencyMs,
    DropReason? Dropped,
    string? Detail)
{
    public bool Used => Dropped is null;
}

/// <summary>
/// The result of one aggregation round. <see cref="Valid"/> rounds carry the weighted median price and its confidence in
/// USD and as the contract's integers (× 10^8; the price rounded to nearest, the confidence rounded up); an invalid round
/// says why in <see cref="Failure"/> and must not be submitted (fail closed).
/// </summary>
public sealed record PriceAggregate(
    DateTimeOffset ObservedAt,
    bool Valid,
    string? Failure,
    decimal? Price,
    decimal? Confidence,
    long? PriceE8,
    long? ConfidenceE8,
    int LiveSources,
    int MinSources,
    IReadOnlyList<QuoteReport> Quotes);
