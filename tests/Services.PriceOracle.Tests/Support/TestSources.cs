using Microsoft.Extensions.Logging.Abstractions;
using Protocol.Services.PriceOracle.Collection;
using Protocol.Services.PriceOracle.Options;
using Protocol.Services.PriceOracle.Sources;

namespace Protocol.Services.PriceOracle.Tests.Support;

/// <summary>Source settings for the fake server's paths, and a collector over them.</summary>
public static class TestSources
{
    public static SourceOptions Json(FakeSourceServer server, string path, int timeoutMs = 2_000) => new()
    {
        Name = path.Trim('/'),
        Kind = SourceKind.Json,
        Url = server.Url(path),
        PricePath = "price",
        TimestampPath = "timestamp",
        TimeoutMs = timeoutMs,
    };

    public static QuoteCollector Collector(IEnumerable<SourceOptions> sources, AggregationOptions aggregation, HttpClient http) =>
        new(sources.Select(s => PriceSourceFactory.Create(s, aggregation, http)).ToList(), TimeProvider.System, NullLogger<QuoteCollector>.Instance);
}
