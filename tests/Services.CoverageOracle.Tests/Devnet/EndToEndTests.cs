using System.Numerics;
using System.Text.Json;
using Protocol.Services.CoverageOracle.Hosting;
using Protocol.Services.CoverageOracle.Rewards;
using Protocol.Services.CoverageOracle.Tests.Support;
using Protocol.Toolchain.Chain.Transactions;
using H3Index = Protocol.Services.H3.H3;

namespace Protocol.Services.CoverageOracle.Tests.Devnet;

/// <summary>
/// The whole loop on the devnet: hotspots issued and onboarded at H3 locations a few km apart, signed reports ingested over
/// HTTP by two of the three reward oracle instances using their (shared) published entropy, three PoC rounds verified, the
/// epochs closed on chain, roots computed by both instances, instance 0 submitting with both signatures, the coverage oracle
/// setting the hotspots active, and the owner claiming IOT with the proof GET /v1/rewards serves. On the way, instance 1 is
/// killed between computing and storing an epoch, and instance 0 between storing its signed submitRoot and broadcasting it:
/// after restarting, their roots equal the uninterrupted instance's and the one stored transaction is what lands on chain.
/// </summary>
public sealed class EndToEndTests : IAsyncLifetime
{
    private const long SixHours = 6 * 3_600_000L;
    private CoverageDevnet _devnet = null!;
    private readonly ManualClock _clock = new(0);
    private OracleCluster _cluster = null!;
    private readonly TestHotspot[] _town = TestHotspot.Town(0x31);
    private readonly List<byte[]> _tokens = [];

    public async Task InitializeAsync()
    {
        _devnet = await CoverageDevnet.StartAsync();
        _cluster = new OracleCluster(_devnet, _clock);
        await _devnet.BuyDcAsync(30 * 100_000_000L); // 30 HNT at $5 = 15M DC: three onboardings with a location (4.5M each)
        await _devnet.ApproveMakerAsync();            // 1 HNT of stake
        foreach (var hotspot in _town) _tokens.Add(await _devnet.OnboardAsync(hotspot));
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await _devnet.DisposeAsync();
    }

    /// <summary>One PoC round at the chain's time: entropy, the beacon, then the witnesses 0.5 s apart, verified once the lifespan passed.</summary>
    private async Task<long> RoundAsync(TestHotspot beaconer, params TestHotspot[] witnesses)
    {
        _clock.Set((await _devnet.TipAsync()).TimeMs - 1_000);
        var entropy = await _cluster.PublishEntropyAsync();
        var beaconAt = _clock.NowMs;
        var beacon = Reports.Beacon(beaconer, _devnet.Network, entropy, beaconAt - 100);
        await _cluster.PostAsync("/v1/beacons", Reports.Signed(beacon, beaconer));
        foreach (var witness in witnesses)
        {
            _clock.Advance(500);
            await _cluster.PostAsync("/v1/witnesses", Reports.Signed(Reports.Witness(witness, _devnet.Network, beacon, _clock.NowMs - 100), witness));
        }
        _clock.Advance(181_000);
        await _cluster.VerifyAsync();
        return beaconAt;
    }

    private async Task<JsonElement> RootAsync(int instance, long epoch)
    {
        var (status, body) = await _cluster[instance].GetAsync($"/v1/roots/{epoch}");
        Assert.Equal(200, status);
        return body;
    }

    [Fact]
    public async Task Reports_to_roots_to_claims_with_two_of_three_oracles_and_crashes_in_between()
    {
        // The town: every pair 1–20 km apart on the H3 grid (more than 8 resolution-11 cells, well under 100 km).
        for (int i = 0; i < 3; i++)
            for (int j = i + 1; j < 3; j++)
                Assert.InRange(H3Index.CellDistanceKm(_town[i].Location, _town[j].Location), 1, 20);
        await _cluster.StartAsync(0, new CrashAt(FaultPoints.BeforeBroadcast));
        var crashEpoch = new CrashAt(FaultPoints.BeforeEpochStored);
        await _cluster.StartAsync(1, crashEpoch);

        // Three rounds, 6 h apart: the first builds history (HIP-106), the next two are valid PoCs.
        var (a, b, c) = (_town[0], _town[1], _town[2]);
        await RoundAsync(a, b, c);
        await _devnet.AdvanceAsync(SixHours);
        var second = await RoundAsync(b, a, c);
        await _devnet.AdvanceAsync(SixHours);
        var third = await RoundAsync(c, a, b);
        foreach (var instance in _cluster.Running)
        {
            var reports = (await instance.GetAsync($"/v1/hotspots/{b.Id}/reports")).Body.GetProperty("reports").EnumerateArray().ToList();
            Assert.Equal("Valid", reports.Single(r => r.GetProperty("receivedMs").GetInt64() == second).GetProperty("status").GetString());
            Assert.Equal("Selected", reports.Single(r => r.GetProperty("receivedMs").GetInt64() > third).GetProperty("status").GetString());
        }

        // The epochs up to the third round's end: the chain moves past it and the Dao closes them (funding the escrow).
        var lengthMs = 1000 * (long)(await _devnet.CallAsync("Dao", "epochLengthSeconds")).Stack[0].GetInteger();
        var first = (long)(await _devnet.CallAsync("Dao", "firstEpoch")).Stack[0].GetInteger();
        var last = third / lengthMs;
        var behind = (last + 1) * lengthMs + 2_000 - (await _devnet.TipAsync()).TimeMs;
        if (behind > 0) await _devnet.AdvanceAsync(behind);
        for (var e = first; e <= last; e++) await _devnet.InvokeAsync(_devnet.Contracts["Dao"], "closeEpoch", ContractParameter.Integer(e));
        // A report after the epoch's end makes the data current.
        _clock.Set((await _devnet.TipAsync()).TimeMs - 1_000);
        var entropy = await _cluster.PublishEntropyAsync();
        await _cluster.PostAsync("/v1/beacons", Reports.Signed(Reports.Beacon(a, _devnet.Network, entropy, _clock.NowMs - 100), a));

        // Instance 0 computes every epoch; instance 1 dies before storing its first, restarts, and computes the same.
        Assert.Equal((int)(last - first + 1), await _cluster[0].Get<EpochRewarder>().RunOnceAsync(default));
        await Assert.ThrowsAsync<SimulatedCrashException>(() => _cluster[1].Get<EpochRewarder>().RunOnceAsync(default));
        Assert.True(crashEpoch.Crashed);
        Assert.Equal(404, (await _cluster[1].GetAsync($"/v1/roots/{first}")).Status); // nothing of it was stored
        await _cluster.StopAsync(1);
        await _cluster.StartAsync(1);
        Assert.Equal((int)(last - first + 1), await _cluster[1].Get<EpochRewarder>().RunOnceAsync(default));
        ulong paid = 0;
        for (var e = first; e <= last; e++)
        {
            var (r0, r1) = (await RootAsync(0, e), await RootAsync(1, e));
            Assert.Equal(r0.GetProperty("root").GetString(), r1.GetProperty("root").GetString());
            Assert.Equal(r0.GetProperty("total").GetUInt64(), r1.GetProperty("total").GetUInt64());
            var funded = (await _devnet.CallAsync("Dao", "epochResult", ContractParameter.Integer(CoverageDevnet.Iot), ContractParameter.Integer(e))).Stack[0];
            Assert.Equal((ulong)((Protocol.Toolchain.Vm.Types.Array)funded)[2].GetInteger(), r0.GetProperty("pool").GetUInt64());
            paid += r0.GetProperty("pool").GetUInt64() - r0.GetProperty("unallocated").GetUInt64();
        }
        var latest = await RootAsync(0, last);
        Assert.Equal(paid, latest.GetProperty("total").GetUInt64()); // cumulative totals = every epoch's payouts
        Assert.True(paid > 0);

        // Submission: instance 1 defers to the lowest signer; instance 0 signs with both signatures, stores, dies before broadcasting.
        await _cluster[1].Get<RootSubmitter>().RunOnceAsync(default);
        Assert.Equal($"epoch {last}: oracle 0 submits", _cluster[1].Get<RootSubmitter>().Status);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => _cluster[0].Get<RootSubmitter>().RunOnceAsync(default));
        var stored = await RootAsync(0, last);
        Assert.Equal("Signed", stored.GetProperty("submission").GetString());
        Assert.Equal(2, stored.GetProperty("signatures").GetArrayLength());
        var txHash = stored.GetProperty("txHash").GetString();
        Assert.Equal(-1, (long)(await _devnet.PoolInfoAsync())[3].GetInteger()); // nothing on chain yet
        await _cluster.StopAsync(0);
        await _cluster.StartAsync(0);
        var submitter = _cluster[0].Get<RootSubmitter>();
        await submitter.RunOnceAsync(default); // reconciles: broadcasts the stored bytes, signs nothing new
        await Eventually.HoldsAsync(async () => (long)(await _devnet.PoolInfoAsync())[3].GetInteger(), e => e == last, "the root on chain");
        await submitter.RunOnceAsync(default);
        var confirmed = await RootAsync(0, last);
        Assert.Equal("Confirmed", confirmed.GetProperty("submission").GetString());
        Assert.Equal(txHash, confirmed.GetProperty("txHash").GetString());
        var pool = await _devnet.PoolInfoAsync();
        Assert.Equal(latest.GetProperty("root").GetString(), Convert.ToHexString(pool[4].GetSpan()).ToLowerInvariant());
        Assert.Equal(paid, (ulong)pool[5].GetInteger());

        // The coverage oracle marks the three hotspots active (valid activity within 60 h); a second pass changes nothing.
        Assert.Equal(3, await _cluster[0].Get<ActivityUpdater>().RunOnceAsync(default));
        foreach (var token in _tokens) Assert.True(await _devnet.IsActiveAsync(token));
        Assert.Equal(0, await _cluster[0].Get<ActivityUpdater>().RunOnceAsync(default));

        // The owner claims a's rewards with the served proof and receives IOT.
        var (status, reward) = await _cluster[0].GetAsync($"/v1/rewards/{a.Id}");
        Assert.Equal(200, status);
        var cumulative = reward.GetProperty("cumulative").GetUInt64();
        Assert.True(cumulative > 0);
        Assert.Equal(0UL, reward.GetProperty("claimed").GetUInt64());
        var before = await _devnet.IotBalanceAsync(_devnet.DevAccount);
        await _devnet.InvokeAsync(_devnet.Contracts["Rewards"], "claim",
            ContractParameter.ByteArray(Convert.FromHexString(reward.GetProperty("tokenId").GetString()!)), ContractParameter.Integer(cumulative),
            ContractParameter.Integer(reward.GetProperty("leafIndex").GetInt64()),
            ContractParameter.Array(reward.GetProperty("proof").EnumerateArray().Select(p => ContractParameter.ByteArray(Convert.FromHexString(p.GetString()!))).ToArray()));
        Assert.Equal(before + new BigInteger(cumulative), await _devnet.IotBalanceAsync(_devnet.DevAccount));
        var after = (await _cluster[0].GetAsync($"/v1/rewards/{a.Id}")).Body;
        Assert.Equal(cumulative, after.GetProperty("claimed").GetUInt64());
        Assert.Equal(0UL, after.GetProperty("claimable").GetUInt64());
    }
}
