using System.Net;
using Protocol.Services.PriceOracle.Tests.Support;

namespace Protocol.Services.PriceOracle.Tests.Service;

/// <summary>
/// The hosted service (observe-only: no chain) over loopback sources: the endpoints, fail-closed readiness when sources
/// fail, and recovery, with the loop running throughout.
/// </summary>
public sealed class ServiceEndpointTests : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();
    private FakeSourceServer _server = null!;
    private decimal _price = 5.00m;

    public async Task InitializeAsync()
    {
        _server = await FakeSourceServer.StartAsync();
        _server.Json("/a", () => _price);
        _server.Json("/b", () => _price + 0.01m);
        _server.Json("/c", () => _price - 0.01m);
        _server.Status("/down", 500);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _dir.Dispose();
    }

    [Fact]
    public async Task Price_lists_every_quote_with_its_reason_and_ready_follows_the_sources()
    {
        await using var oracle = await OracleInstance.StartAsync(ServiceSettings.ObserveOnly(_server, _dir.Path, "/a", "/b", "/c", "/down"));
        Assert.Equal(HttpStatusCode.OK, (await oracle.Http.GetAsync("/health/live")).StatusCode);
        await Eventually.HoldsAsync(oracle.ReadyAsync, r => r.Status == 200, "ready");

        var price = await oracle.GetJsonAsync("/v1/price");
        Assert.True(price.GetProperty("valid").GetBoolean());
        Assert.Equal(5.00m, price.GetProperty("price").GetDecimal());
        Assert.Equal(500_000_000, price.GetProperty("priceE8").GetInt64());
        var quotes = price.GetProperty("quotes").EnumerateArray().ToDictionary(q => q.GetProperty("source").GetString()!);
        Assert.Equal(4, quotes.Count);
        Assert.True(quotes["a"].GetProperty("used").GetBoolean());
        Assert.Equal("HttpStatus", quotes["down"].GetProperty("dropped").GetString());
        Assert.StartsWith("HTTP 500", quotes["down"].GetProperty("detail").GetString());

        // Two of three good sources fail: one live source is below MinSources = 2, so no price and not ready, with the reason.
        _server.Status("/a", 503);
        _server.Raw("/b", "not json");
        var (status, body) = await Eventually.HoldsAsync(oracle.ReadyAsync, r => r.Status == 503, "not ready");
        Assert.Contains("no price: 1 of 4 sources live, at least 2 needed", body);
        price = await oracle.GetJsonAsync("/v1/price");
        Assert.False(price.GetProperty("valid").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, price.GetProperty("priceE8").ValueKind);

        // The loop kept running: the sources come back and so does the price, at the new level.
        _price = 6.00m;
        _server.Json("/a", () => _price);
        _server.Json("/b", () => _price + 0.01m);
        await Eventually.HoldsAsync(oracle.ReadyAsync, r => r.Status == 200, "ready again");
        price = await oracle.GetJsonAsync("/v1/price");
        Assert.Equal(6.00m, price.GetProperty("price").GetDecimal());
        Assert.Equal(0, (await oracle.GetJsonAsync("/v1/submissions")).GetProperty("submissions").GetArrayLength());
    }
}
