using System.Text.Json;
using Protocol.Services.PriceOracle.Options;

namespace Protocol.Services.PriceOracle.Sources;

/// <summary>
/// Pyth's Hermes latest-price API: GET {base}/v2/updates/price/latest?ids[]={feed}&amp;parsed=true answers
/// {"parsed": [{"id", "price": {"price", "conf", "expo", "publish_time"}, …}]}. price and conf are integer strings scaled by
/// 10^expo (USD), publish_time is Unix seconds. Hermes now asks for an API key: put it in the source's Headers.
/// </summary>
internal sealed class PythHermesSource : HttpPriceSource
{
    private readonly string _feedId; // 64 lowercase hex digits, no 0x
    private readonly Uri _latest;

    public PythHermesSource(SourceOptions options, AggregationOptions aggregation, HttpClient http) : base(options, aggregation, http)
    {
        _feedId = NormaliseFeedId(options.FeedId!);
        var baseUrl = options.Url.EndsWith('/') ? options.Url : options.Url + "/";
        _latest = new Uri(new Uri(baseUrl), $"v2/updates/price/latest?ids[]={_feedId}&parsed=true");
    }

    public static string NormaliseFeedId(string feedId) =>
        (feedId.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? feedId[2..] : feedId).ToLowerInvariant();

    public static bool IsFeedId(string? feedId) =>
        feedId is not null && NormaliseFeedId(feedId) is { Length: 64 } hex && hex.All(Uri.IsHexDigit);

    public override async Task<SourceQuote> FetchAsync(CancellationToken ct)
    {
        using var document = await SendAsync(new HttpRequestMessage(HttpMethod.Get, _latest), ct).ConfigureAwait(false);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("parsed", out var parsed) || parsed.ValueKind != JsonValueKind.Array)
            throw new SourceException(DropReason.Malformed, "the answer has no \"parsed\" array (was parsed=true honoured?)");
        foreach (var feed in parsed.EnumerateArray())
        {
            if (feed.ValueKind != JsonValueKind.Object || !feed.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String) continue;
            if (NormaliseFeedId(id.GetString()!) != _feedId) continue;
            if (!feed.TryGetProperty("price", out var price) || price.ValueKind != JsonValueKind.Object)
                throw new SourceException(DropReason.Malformed, $"feed {_feedId} has no price object");
            return Read(price);
        }
        throw new SourceException(DropReason.SourceError, $"Hermes answered without feed {_feedId}");
    }

    private static SourceQuote Read(JsonElement price)
    {
        var mantissa = JsonValues.Int64(Field(price, "price"), "price");
        var conf = JsonValues.Int64(Field(price, "conf"), "confidence");
        var expoElement = Field(price, "expo");
        if (expoElement.ValueKind != JsonValueKind.Number || !expoElement.TryGetInt32(out var expo))
            throw new SourceException(DropReason.Malformed, $"the exponent {JsonValues.Shorten(expoElement.GetRawText())} is not an integer");
        var published = JsonValues.Timestamp(Field(price, "publish_time"), TimestampFormat.UnixSeconds, "publish_time");
        return new SourceQuote(JsonValues.Scale(mantissa, expo, "price"), JsonValues.Scale(conf, expo, "confidence"), published);
    }

    private static JsonElement Field(JsonElement price, string name) =>
        price.TryGetProperty(name, out var value) ? value : throw new SourceException(DropReason.Malformed, $"the price object has no \"{name}\"");
}
