using System.Text.Json;
using Protocol.Services.Coverage.Reports;
using Protocol.Services.Coverage.Verification;
using Protocol.Services.CoverageOracle.EntropySource;
using Protocol.Services.CoverageOracle.Rewards;
using Protocol.Services.CoverageOracle.Tests.Support;
using Protocol.Services.CoverageOracle.Verification;
using Protocol.Services.Rewards.Merkle;
using Protocol.Toolchain.Runtime.Cryptography;

namespace Protocol.Services.CoverageOracle.Tests.Service;

/// <summary>
/// Reports ingested over HTTP, verified by the runner on a test clock, every verdict served with its reason; then the epoch
/// is rewarded once settled, current and funded, and the served proof leads to the served, signed root.
/// </summary>
public sealed class PocFlowTests : IAsyncLifetime
{
    private const long Epoch = 19_676;
    private const long EpochStart = Epoch * 86_400_000;
    private const long T0 = EpochStart + 3_600_000;
    private const long SixHours = 6 * 3_600_000;
    private readonly TempDirectory _dir = new();
    private readonly FakeChain _chain = new() { FirstEpoch = Epoch };
    private readonly ManualClock _clock = new(T0);
    private readonly TestHotspot[] _town = TestHotspot.Town();
    private readonly TestHotspot _close = TestHotspot.At(0x21, 37.77495, -122.41945); // a few metres from town[0]
    private readonly TestHotspot _far = TestHotspot.At(0x22, 37.70, -122.47);          // about 9.5 km from town[0]
    private OracleInstance _oracle = null!;

    public async Task InitializeAsync()
    {
        foreach (var h in _town.Append(_close).Append(_far)) _chain.Register(h);
        _oracle = await OracleInstance.StartAsync(FakeChainSettings.For(_dir, _chain), FakeChainSettings.Services(_chain, _clock));
    }

    public async Task DisposeAsync()
    {
        await _oracle.DisposeAsync();
        _dir.Dispose();
    }

    private async Task<BeaconReport> BeaconAtAsync(long at, TestHotspot h, Entropy entropy)
    {
        _clock.Set(at);
        var report = Reports.Beacon(h, _chain.Network, entropy, at - 100);
        Assert.Equal(202, (await _oracle.PostAsync("/v1/beacons", Reports.Signed(report, h))).Status);
        return report;
    }

    private async Task WitnessAtAsync(long at, TestHotspot h, BeaconReport beacon, int signal = -1100)
    {
        _clock.Set(at);
        Assert.Equal(202, (await _oracle.PostAsync("/v1/witnesses", Reports.Signed(Reports.Witness(h, _chain.Network, beacon, at - 100, signal), h))).Status);
    }

    private async Task<Entropy> PublishAtAsync(long at)
    {
        _clock.Set(at);
        return await _oracle.Get<EntropyPublisher>().PublishAsync(default);
    }

    private async Task<int> VerifyAtAsync(long at)
    {
        _clock.Set(at);
        return await _oracle.Get<VerificationRunner>().RunOnceAsync(default);
    }

    /// <summary>The verdict of the hotspot's report received at <paramref name="receivedMs"/>: (status, reason).</summary>
    private async Task<(string Status, string? Reason)> VerdictAsync(TestHotspot h, long receivedMs)
    {
        var (status, body) = await _oracle.GetAsync($"/v1/hotspots/{h.Id}/reports");
        Assert.Equal(200, status);
        var report = body.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("receivedMs").GetInt64() == receivedMs);
        var reason = report.GetProperty("reason").ValueKind == JsonValueKind.Null ? null : report.GetProperty("reason").GetString();
        if (reason is not null) Assert.Equal(RejectionReasons.Message(Enum.Parse<RejectionReason>(reason)), report.GetProperty("message").GetString());
        return (report.GetProperty("status").GetString()!, reason);
    }

    [Fact]
    public async Task Reports_are_verified_with_reasons_and_the_settled_epoch_is_rewarded_with_a_claimable_proof()
    {
        var (a, b, c) = (_town[0], _town[1], _town[2]);
        // Round 1: a new town. The regular checks pass for b and c, but nobody has history yet (HIP-106).
        var e1 = await PublishAtAsync(T0);
        var beacon1 = await BeaconAtAsync(T0 + 1_000, a, e1);
        await WitnessAtAsync(T0 + 1_500, b, beacon1);
        await WitnessAtAsync(T0 + 1_600, c, beacon1);
        await WitnessAtAsync(T0 + 1_700, _close, beacon1);
        await WitnessAtAsync(T0 + 1_800, _far, beacon1, signal: -300); // −30 dBm at 9.5 km: louder than free space allows
        Assert.Equal(0, await VerifyAtAsync(T0 + 150_000)); // the entropy lifespan has not passed
        Assert.Equal(1, await VerifyAtAsync(T0 + 182_000));
        Assert.Equal(("Invalid", "NoRecentWitness"), await VerdictAsync(a, T0 + 1_000));
        Assert.Equal(("Invalid", "NoRecentBeacon"), await VerdictAsync(b, T0 + 1_500));
        Assert.Equal(("Invalid", "BelowMinDistance"), await VerdictAsync(_close, T0 + 1_700));
        Assert.Equal(("Invalid", "BadRssi"), await VerdictAsync(_far, T0 + 1_800));

        // Round 2, the next 6-hour window: b has witnessed and a has beaconed with witnesses, so b's beacon pays a.
        var t1 = T0 + SixHours;
        var e2 = await PublishAtAsync(t1);
        var beacon2 = await BeaconAtAsync(t1 + 1_000, b, e2);
        await WitnessAtAsync(t1 + 1_500, a, beacon2);
        await WitnessAtAsync(t1 + 1_600, c, beacon2);
        await WitnessAtAsync(t1 + 5_100, _far, beacon2); // 4.1 s after the beacon
        // Round 3: b again in the same window, and c with entropy nobody published.
        var e3 = await PublishAtAsync(t1 + 300_000);
        await BeaconAtAsync(t1 + 301_000, b, e3);
        await BeaconAtAsync(t1 + 302_000, c, new Entropy(Enumerable.Repeat((byte)0x5a, 32).ToArray(), e3.StartMs));
        Assert.Equal(3, await VerifyAtAsync(t1 + 600_000));
        Assert.Equal(("Valid", "None"), await VerdictAsync(b, t1 + 1_000));
        Assert.Equal(("Selected", "None"), await VerdictAsync(a, t1 + 1_500));
        Assert.Equal(("Invalid", "NoRecentBeacon"), await VerdictAsync(c, t1 + 1_600));
        Assert.Equal(("Invalid", "TooLate"), await VerdictAsync(_far, t1 + 5_100));
        Assert.Equal(("Invalid", "IrregularInterval"), await VerdictAsync(b, t1 + 301_000));
        Assert.Equal(("Invalid", "UnknownEntropy"), await VerdictAsync(c, t1 + 302_000));

        // The epoch: waits for its settle delay, for data after its end, for the Dao's close; then one PoC splits the pool 6 : 24.
        var rewarder = _oracle.Get<EpochRewarder>();
        var end = EpochStart + 86_400_000;
        _clock.Set(end + 5 * 60_000);
        Assert.False(await rewarder.StepAsync(default));
        Assert.StartsWith("waiting: epoch 19676 settles", rewarder.Status);
        _clock.Set(end + 11 * 60_000);
        Assert.False(await rewarder.StepAsync(default));
        Assert.Contains("data not current", rewarder.Status);
        await BeaconAtAsync(end + 11 * 60_000, a, await PublishAtAsync(end + 11 * 60_000));
        Assert.False(await rewarder.StepAsync(default));
        Assert.Contains("has not closed it", rewarder.Status);
        _chain.Funding[Epoch] = 1_000_000;
        Assert.Equal(1, await rewarder.RunOnceAsync(default));
        Assert.Contains("epoch 19677", rewarder.Status); // the next one waits

        var (status, root) = await _oracle.GetAsync($"/v1/roots/{Epoch}");
        Assert.Equal(200, status);
        Assert.Equal(1_000_000UL, root.GetProperty("pool").GetUInt64());
        Assert.Equal(1_000_000UL, root.GetProperty("total").GetUInt64());
        Assert.Equal(0UL, root.GetProperty("unallocated").GetUInt64());
        Assert.Equal(1, root.GetProperty("pocCount").GetInt64());
        var rootBytes = Convert.FromHexString(root.GetProperty("root").GetString()!);
        var message = RewardTree.RootMessage(_chain.Network, _chain.Rewards.ToArray(), 1, Epoch, rootBytes, 1_000_000);
        Assert.True(Ecdsa.Verify(message, Convert.FromHexString(root.GetProperty("signature").GetString()!), ECPoint.Decode(_chain.PublicKey, ECCurve.Secp256r1)));

        // a witnessed: the whole witness part (24/30); b beaconed: the whole beacon part (6/30). Each proof leads to the root.
        foreach (var (h, expected) in new[] { (a, 800_000UL), (b, 200_000UL) })
        {
            var (s, reward) = await _oracle.GetAsync($"/v1/rewards/{h.Id}");
            Assert.Equal(200, s);
            Assert.Equal(expected, reward.GetProperty("cumulative").GetUInt64());
            var tokenId = Convert.FromHexString(reward.GetProperty("tokenId").GetString()!);
            Assert.Equal(Chain.TokenIds.For(1, h.Id), tokenId);
            var proof = new RewardProof(tokenId, expected, reward.GetProperty("leafIndex").GetInt64(),
                reward.GetProperty("proof").EnumerateArray().Select(p => Convert.FromHexString(p.GetString()!)).ToList());
            Assert.True(RewardTree.Verify(rootBytes, proof));
        }
        Assert.Equal(404, (await _oracle.GetAsync($"/v1/rewards/{c.Id}")).Status);
        Assert.Equal(400, (await _oracle.GetAsync("/v1/rewards/nothex")).Status);
        Assert.Equal(404, (await _oracle.GetAsync($"/v1/roots/{Epoch + 1}")).Status);
    }
}
