using Protocol.Services.PriceOracle.Aggregation;
using Protocol.Services.PriceOracle.Options;
using Protocol.Services.PriceOracle.Sources;
using Protocol.Services.PriceOracle.Tests.Support;

namespace Protocol.Services.PriceOracle.Tests.Aggregation;

/// <summary>
/// The collector and the aggregator against sources on a real loopback HTTP server: three good quotes, one stale, one
/// outlier, one slower than its timeout, one malformed JSON and one HTTP 500. The price is the median of the good ones and
/// every other quote carries its own reason.
/// </summary>
public sealed class LoopbackSourcesTests : IAsyncLifetime
{
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private FakeSourceServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeSourceServer.StartAsync();
        _server.Json("/good-a", 5.00m);
        _server.Json("/good-b", 5.02m);
        _server.Json("/good-c", 4.99m);
        _server.Json("/stale", 5.01m, age: TimeSpan.FromMinutes(5));
        _server.Json("/outlier", 7.50m);
        _server.Slow("/slow", TimeSpan.FromSeconds(30), 5.00m);
        _server.Raw("/malformed", "{\"price\": 5.0, \"timestamp\": ");
        _server.Status("/error", 500, "internal error");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private static readonly AggregationOptions Aggregation = new() { MinSources = 3, MaxQuoteAgeMs = 60_000 };

    private SourceOptions[] All() =>
    [
        TestSources.Json(_server, "/good-a"), TestSources.Json(_server, "/good-b"), TestSources.Json(_server, "/good-c"), TestSources.Json(_server, "/stale"),
        TestSources.Json(_server, "/outlier"), TestSources.Json(_server, "/slow", timeoutMs: 300), TestSources.Json(_server, "/malformed"),
        TestSources.Json(_server, "/error"),
    ];

    [Fact]
    public async Task The_median_of_the_good_quotes_and_a_reason_for_every_other()
    {
        var fetched = await TestSources.Collector(All(), Aggregation, _http).CollectAsync(CancellationToken.None);
        var aggregate = PriceAggregator.Aggregate(fetched, DateTimeOffset.UtcNow, Aggregation);

        Assert.True(aggregate.Valid, aggregate.Failure);
        Assert.Equal(5.00m, aggregate.Price);
        Assert.Equal(500_000_000, aggregate.PriceE8);
        Assert.Equal(3, aggregate.LiveSources);
        var reasons = aggregate.Quotes.ToDictionary(q => q.Source, q => q.Dropped);
        Assert.Equal(new Dictionary<string, DropReason?>
        {
            ["good-a"] = null, ["good-b"] = null, ["good-c"] = null, ["stale"] = DropReason.Stale, ["outlier"] = DropReason.Outlier,
            ["slow"] = DropReason.Timeout, ["malformed"] = DropReason.Malformed, ["error"] = DropReason.HttpStatus,
        }, reasons);
        var detail = aggregate.Quotes.ToDictionary(q => q.Source, q => q.Detail ?? "");
        Assert.Contains("HTTP 500", detail["error"]);
        Assert.Contains("not JSON", detail["malformed"]);
        Assert.Contains("300 ms", detail["slow"]);
        Assert.Contains("from the median 5", detail["outlier"]);
        Assert.Contains("more than the 60 s allowed", detail["stale"]);
        // The outlier and the stale quote were read (they carry their price); the failed fetches carry none.
        Assert.Equal(7.50m, aggregate.Quotes.Single(q => q.Source == "outlier").Price);
        Assert.Null(aggregate.Quotes.Single(q => q.Source == "error").Price);
        // Confidence: the RMS spread of 5.00, 5.02, 4.99 around 5.00 = √((0 + 0.0004 + 0.0001) / 3).
        Assert.Equal(Math.Sqrt(0.0005 / 3), (double)aggregate.Confidence!.Value, 9);
    }

    [Fact]
    public async Task Too_few_live_sources_is_no_price_and_says_which_failed()
    {
        SourceOptions[] sources = [TestSources.Json(_server, "/good-a"), TestSources.Json(_server, "/error"), TestSources.Json(_server, "/malformed"),
            TestSources.Json(_server, "/slow", timeoutMs: 200), TestSources.Json(_server, "/missing")];
        var fetched = await TestSources.Collector(sources, Aggregation, _http).CollectAsync(CancellationToken.None);
        var aggregate = PriceAggregator.Aggregate(fetched, DateTimeOffset.UtcNow, Aggregation);

        Assert.False(aggregate.Valid);
        Assert.Null(aggregate.PriceE8);
        Assert.Equal("1 of 5 sources live, at least 3 needed (error: HTTP error, malformed: malformed, slow: timeout, missing: HTTP error)", aggregate.Failure);
    }

    [Fact]
    public async Task An_unreachable_source_is_dropped_as_unreachable()
    {
        var closed = new SourceOptions { Name = "closed", Url = "http://127.0.0.1:1/price", PricePath = "price", TimeoutMs = 2_000 };
        var fetched = await TestSources.Collector([closed], Aggregation, _http).CollectAsync(CancellationToken.None);
        Assert.Equal(DropReason.Unreachable, fetched[0].Failure);
    }
}
