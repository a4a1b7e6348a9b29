using Protocol.Services.PriceOracle.Options;

namespace Protocol.Services.PriceOracle.Sources;

/// <summary>
/// Any JSON API over HTTP(S) GET: the price, and optionally the publish time and the source's own confidence, are picked
/// by configured paths (<see cref="JsonPath"/>), so exchange tickers and aggregator APIs need configuration, not code.
/// </summary>
internal sealed class JsonPriceSource : HttpPriceSource
{
    private readonly JsonPath _price;
    private readonly JsonPath? _timestamp;
    private readonly JsonPath? _confidence;

    public JsonPriceSource(SourceOptions options, AggregationOptions aggregation, HttpClient http) : base(options, aggregation, http)
    {
        _price = JsonPath.Parse(options.PricePath!);
        _timestamp = options.TimestampPath is { } t ? JsonPath.Parse(t) : null;
        _confidence = options.ConfidencePath is { } c ? JsonPath.Parse(c) : null;
    }

    public override async Task<SourceQuote> FetchAsync(CancellationToken ct)
    {
        using var document = await SendAsync(new HttpRequestMessage(HttpMethod.Get, Url), ct).ConfigureAwait(false);
        var root = document.RootElement;
        var price = JsonValues.Decimal(JsonValues.Require(root, _price, "price"), "price");
        decimal? confidence = _confidence is null ? null : JsonValues.Decimal(JsonValues.Require(root, _confidence, "confidence"), "confidence");
        DateTimeOffset? published = _timestamp is null
            ? null
            : JsonValues.Timestamp(JsonValues.Require(root, _timestamp, "timestamp"), Options.TimestampFormat, "timestamp");
        return new SourceQuote(price, confidence, published);
    }
}
