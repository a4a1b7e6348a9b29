using Protocol.Services.PriceOracle.Tests.Service;
using Protocol.Services.PriceOracle.Tests.Support;
using Protocol.Toolchain.Chain.Client;

namespace Protocol.Services.PriceOracle.Tests.Devnet;

/// <summary>
/// Three service instances with three oracle wallets on the devnet: the feed's median and quorum follow their
/// submissions, a DC purchase works; two instances stop, the price goes stale and the purchase fails with the contract's
/// "No fresh price quorum"; one comes back (same database, same wallet) and the purchase works again.
/// </summary>
public sealed class ThreeOraclesTests : IAsyncLifetime
{
    private const long MaxAgeMs = 3_000;
    private static readonly decimal[] Levels = [5.00m, 5.10m, 5.20m];
    private ProtocolDevnet _devnet = null!;
    private FakeSourceServer _sources = null!;
    private readonly OracleInstance?[] _instances = new OracleInstance?[3];

    public async Task InitializeAsync()
    {
        _devnet = await ProtocolDevnet.StartAsync(oracles: 3, priceMaxAgeMs: MaxAgeMs);
        _sources = await FakeSourceServer.StartAsync();
        for (int i = 0; i < 3; i++)
        {
            _sources.Json($"/o{i}a", Levels[i]);
            _sources.Json($"/o{i}b", Levels[i] + 0.01m);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances) if (instance is not null) await instance.DisposeAsync();
        await _sources.DisposeAsync();
        await _devnet.DisposeAsync();
    }

    private async Task StartAsync(int i)
    {
        var settings = _devnet.OracleSettings(i, $"oracle-{i}.db");
        ServiceSettings.AddJsonSource(settings, 0, _sources, $"/o{i}a");
        ServiceSettings.AddJsonSource(settings, 1, _sources, $"/o{i}b");
        _instances[i] = await OracleInstance.StartAsync(settings);
    }

    private async Task StopAsync(int i)
    {
        await _instances[i]!.DisposeAsync();
        _instances[i] = null;
    }

    [Fact]
    public async Task Median_and_quorum_follow_the_instances_and_a_stale_price_stops_dc_purchases()
    {
        for (int i = 0; i < 3; i++) await StartAsync(i);
        // Each instance: the midpoint of its two sources (5.005, 5.105, 5.205) ± 0.005. The feed: the middle of three.
        var price = await Eventually.HoldsAsync(_devnet.PriceOrNullAsync, p => p?[3] == 3, "three fresh submissions", TimeSpan.FromSeconds(30));
        Assert.Equal(510_500_000, price![0]);
        Assert.Equal(500_000, price[1]);
        foreach (var instance in _instances) await Eventually.HoldsAsync(instance!.ReadyAsync, r => r.Status == 200, "ready");

        await _devnet.MintHntAsync(_devnet.DevAccount, 10 * 100_000_000L);
        await _devnet.BuyDcAsync(100_000_000);
        var dc = await _devnet.DcBalanceAsync(_devnet.DevAccount);
        Assert.True(dc > 0, "a fresh quorum lets HNT buy DC");

        // Two of three stop: one fresh submission is no quorum once the others pass the 3 s maximum age.
        await StopAsync(1);
        await StopAsync(2);
        var fault = await Eventually.HoldsAsync(_devnet.PriceFaultAsync, f => f is not null, "a stale price", TimeSpan.FromSeconds(15));
        Assert.Contains("No fresh price quorum: 1 of 3", fault);
        var refused = await Assert.ThrowsAsync<InvocationFaultException>(() => _devnet.BuyDcAsync(100_000_000));
        Assert.Contains("No fresh price quorum", refused.Message);
        Assert.Equal(dc, await _devnet.DcBalanceAsync(_devnet.DevAccount));
        // The surviving instance is still healthy: its own sources are fine and it keeps submitting.
        Assert.Equal(200, (await _instances[0]!.ReadyAsync()).Status);

        // One instance restarts from its database: two of three fresh is a quorum again; the lower middle of two is taken.
        await StartAsync(1);
        price = await Eventually.HoldsAsync(_devnet.PriceOrNullAsync, p => p?[3] == 2, "a quorum again", TimeSpan.FromSeconds(30));
        Assert.Equal(500_500_000, price![0]);
        await _devnet.BuyDcAsync(100_000_000);
        Assert.True(await _devnet.DcBalanceAsync(_devnet.DevAccount) > dc, "the purchase works again");

        // The audit log of the restarted instance holds its rounds from before and after the restart, all confirmed or pending.
        var submissions = (await _instances[1]!.GetJsonAsync("/v1/submissions")).GetProperty("submissions").EnumerateArray().ToList();
        Assert.True(submissions.Count >= 2);
        Assert.All(submissions, s => Assert.Contains(s.GetProperty("state").GetString(), new[] { "Confirmed", "Sent", "Signed" }));
        Assert.Contains(submissions, s => s.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("state").GetString())
            .SequenceEqual(["Signed", "Sent", "Confirmed"]));
    }
}
