using Protocol.Services.PriceOracle.Options;

namespace Protocol.Services.PriceOracle.Sources;

/// <summary>Builds the configured sources; every source shares the "price-sources" HTTP client (no client timeout: each fetch has its own).</summary>
public static class PriceSourceFactory
{
    public const string HttpClientName = "price-sources";

    public static IReadOnlyList<IPriceSource> Create(PriceOracleOptions options, IHttpClientFactory clients) =>
        options.Sources.Select(s => Create(s, options.Aggregation, clients.CreateClient(HttpClientName))).ToList();

    public static IPriceSource Create(SourceOptions source, AggregationOptions aggregation, HttpClient http) => source.Kind switch
    {
        SourceKind.Json => new JsonPriceSource(source, aggregation, http),
        SourceKind.PythHermes => new PythHermesSource(source, aggregation, http),
        SourceKind.ChainlinkAggregator => new ChainlinkAggregatorSource(source, aggregation, http),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source.Kind, "Unknown source kind."),
    };
}
