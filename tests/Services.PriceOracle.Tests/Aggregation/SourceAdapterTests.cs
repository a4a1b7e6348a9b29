using Microsoft.AspNetCore.Http;
using System.Text.Json;
using Protocol.Services.PriceOracle.Options;
using Protocol.Services.PriceOracle.Sources;
using Protocol.Services.PriceOracle.Tests.Support;

namespace Protocol.Services.PriceOracle.Tests.Aggregation;

/// <summary>The Pyth Hermes and Chainlink adapters against their wire formats served on loopback.</summary>
public sealed class SourceAdapterTests : IAsyncLifetime
{
    private const string Feed = "649fdd7ec08e8e2a20f425729854e90293dcbe2376abc47197a14da6ff339756";
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private FakeSourceServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeSourceServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private Task<SourceQuote> Fetch(SourceOptions options) =>
        PriceSourceFactory.Create(options, new AggregationOptions(), _http).FetchAsync(CancellationToken.None);

    [Fact]
    public async Task Pyth_hermes_scales_price_and_confidence_by_the_exponent()
    {
        string? query = null;
        _server.Route("/v2/updates/price/latest", async context =>
        {
            query = context.Request.QueryString.Value;
            await context.Response.WriteAsync($$$"""
                {"binary":{"encoding":"hex","data":[]},"parsed":[{"id":"{{{Feed}}}","price":{"price":"512345678","conf":"123456","expo":-8,"publish_time":1767225600},
                "ema_price":{"price":"510000000","conf":"100000","expo":-8,"publish_time":1767225600}}]}
                """);
        });
        var quote = await Fetch(new SourceOptions { Name = "pyth", Kind = SourceKind.PythHermes, Url = _server.Url("/"), FeedId = "0x" + Feed.ToUpperInvariant() });

        Assert.Equal($"?ids[]={Feed}&parsed=true", Uri.UnescapeDataString(query!));
        Assert.Equal(5.12345678m, quote.Price);
        Assert.Equal(0.00123456m, quote.Confidence);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767225600), quote.PublishedAt);
    }

    [Fact]
    public async Task Pyth_hermes_without_the_feed_is_a_source_error()
    {
        _server.Raw("/v2/updates/price/latest", """{"parsed":[]}""");
        var ex = await Assert.ThrowsAsync<SourceException>(() =>
            Fetch(new SourceOptions { Name = "pyth", Kind = SourceKind.PythHermes, Url = _server.Url("/"), FeedId = Feed }));
        Assert.Equal(DropReason.SourceError, ex.Reason);
    }

    [Fact]
    public async Task Chainlink_latest_round_data_is_decoded_and_scaled_by_decimals()
    {
        var calls = new List<string>();
        _server.Route("/rpc", async context =>
        {
            using var request = await JsonDocument.ParseAsync(context.Request.Body);
            var data = request.RootElement.GetProperty("params")[0].GetProperty("data").GetString()!;
            calls.Add(data);
            var result = data == "0x313ce567"
                ? Word(8)
                : Word(42) + Word(512_345_678) + Word(1_767_225_500) + Word(1_767_225_600) + Word(42);
            await context.Response.WriteAsJsonAsync(new { jsonrpc = "2.0", id = request.RootElement.GetProperty("id").GetInt32(), result = "0x" + result });
        });
        var options = new SourceOptions
        {
            Name = "chainlink", Kind = SourceKind.ChainlinkAggregator, Url = _server.Url("/rpc"), Address = "0x" + new string('a', 40),
        };
        var quote = await Fetch(options);

        Assert.Equal(["0x313ce567", "0xfeaf968c"], calls);
        Assert.Equal(5.12345678m, quote.Price);
        Assert.Null(quote.Confidence);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_767_225_600), quote.PublishedAt);
    }

    [Fact]
    public async Task Chainlink_answer_carried_over_from_an_earlier_round_is_stale()
    {
        _server.Route("/rpc", context => context.Response.WriteAsJsonAsync(new
        {
            jsonrpc = "2.0", id = 1, result = "0x" + Word(43) + Word(512_345_678) + Word(1) + Word(1_767_225_600) + Word(42),
        }));
        var ex = await Assert.ThrowsAsync<SourceException>(() => Fetch(new SourceOptions
        {
            Name = "chainlink", Kind = SourceKind.ChainlinkAggregator, Url = _server.Url("/rpc"), Address = "0x" + new string('b', 40), Decimals = 8,
        }));
        Assert.Equal(DropReason.Stale, ex.Reason);
        Assert.Contains("round 43 carries the answer of round 42", ex.Message);
    }

    private static string Word(long value) => value.ToString("x64");
}
