using Protocol.Services.Coverage.Density;
using Protocol.Services.Coverage.Rewards;
using Protocol.Services.Coverage.Tests.Support;
using Protocol.Services.Coverage.Verification;

namespace Protocol.Services.Coverage.Tests.Rewards;

public class EpochAccumulationTests
{
    private static readonly EpochWindow Epoch = new(7, 1_000_000, 2_000_000);

    [Fact]
    public void Shares_are_scale_times_units_per_poc()
    {
        var acc = new EpochShareAccumulator(Epoch, 4);
        // PoC 1: hotspot 0 beacons at full scale, heard by 1 and 2 (n = 2): beaconer 0.5, witnesses 1 each.
        Assert.True(acc.AddPoc(0, 1_000_000, Fixed.One, [1, 2]));
        // PoC 2: hotspot 3 beacons at scale 0.2, heard by 0, 1, 2, 4th… n = 5: beaconer 1.2 × 0.2 = 0.24; witnesses 0.76 × 0.2 = 0.152.
        var acc5 = new EpochShareAccumulator(Epoch, 6);
        Assert.True(acc5.AddPoc(3, 1_500_000, HexDensityMap.DefaultScale, [0, 1, 2, 4, 5]));
        var five = acc5.ToShares();
        Assert.Equal(240_000_000_000, five.Beacon[3]);
        Assert.All(new[] { 0, 1, 2, 4, 5 }, w => Assert.Equal(152_000_000_000, five.Witness[w]));
        Assert.Equal((UInt128)760_000_000_000, five.TotalWitness);

        var shares = acc.ToShares();
        Assert.Equal([Fixed.One / 2, 0, 0, 0], shares.Beacon);
        Assert.Equal([0, Fixed.One, Fixed.One, 0], shares.Witness);
        Assert.Equal(1, shares.PocCount);
    }

    [Fact]
    public void Scaled_products_floor_to_12_decimals()
    {
        var acc = new EpochShareAccumulator(Epoch, 7);
        // Scale 1/3 (floored: 0.333333333333) × beaconer units of n = 6 (1.36) = 0.45333333333288 → 0.453333333332.
        acc.AddPoc(0, 1_000_001, Fixed.One / 3, [1, 2, 3, 4, 5, 6]);
        var shares = acc.ToShares();
        Assert.Equal(453_333_333_332, shares.Beacon[0]);
        // × per-witness units 0.606666666666 = 0.20222222222177… → 0.202222222221.
        Assert.Equal(202_222_222_221, shares.Witness[6]);
        Assert.Equal((UInt128)(6 * 202_222_222_221L), shares.TotalWitness);
    }

    [Fact]
    public void Epochs_are_half_open()
    {
        var acc = new EpochShareAccumulator(Epoch, 2);
        Assert.True(acc.AddPoc(0, Epoch.StartMs, Fixed.One, [1]));
        Assert.False(acc.AddPoc(0, Epoch.EndMs, Fixed.One, [1]));
        Assert.False(acc.AddPoc(0, Epoch.StartMs - 1, Fixed.One, [1]));
        Assert.Equal((1L, 2L), (acc.PocCount, acc.OutsideEpoch));
        Assert.Equal(EpochWindow.Of(3, 10), new EpochWindow(3, 30, 40));
    }

    [Fact]
    public void Order_of_pocs_does_not_matter()
    {
        var pocs = Enumerable.Range(0, 50).Select(i => (beaconer: i % 7, scale: Fixed.One / (1 + i % 5), witnesses: Enumerable.Range(0, i % 16).Select(k => 7 + (i + k) % 20).ToArray())).ToList();
        EpochShares Run(IEnumerable<(int beaconer, long scale, int[] witnesses)> order)
        {
            var acc = new EpochShareAccumulator(Epoch, 27);
            foreach (var p in order) acc.AddPoc(p.beaconer, 1_500_000, p.scale, p.witnesses);
            return acc.ToShares();
        }
        var forward = Run(pocs);
        var backward = Run(Enumerable.Reverse(pocs));
        Assert.Equal(forward.Beacon, backward.Beacon);
        Assert.Equal(forward.Witness, backward.Witness);
        Assert.Equal(forward.TotalWitness, backward.TotalWitness);
    }

    [Fact]
    public void Bad_inputs_throw()
    {
        var acc = new EpochShareAccumulator(Epoch, 3);
        Assert.Throws<ArgumentOutOfRangeException>(() => acc.AddPoc(3, 1_500_000, Fixed.One, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => acc.AddPoc(0, 1_500_000, Fixed.One + 1, []));
        Assert.Throws<ArgumentException>(() => acc.AddPoc(0, 1_500_000, Fixed.One, [0]));
    }

    [Fact]
    public void Verified_pocs_feed_the_accumulator_and_cumulative_totals_grow()
    {
        var s = new PocScenario();
        s.RegisterWitness(0);
        s.RegisterWitness(5);
        var verdict = s.Verify(s.Witness("w0"), s.Witness("w5"));
        var index = new HotspotIndex();
        foreach (var name in new[] { "beaconer", "w0", "w5" }) index.GetOrAdd(TestKeys.Key(name));
        var window = new EpochWindow(1, s.BeaconReceived - 1, s.BeaconReceived + 1);
        var acc = new EpochShareAccumulator(window, index.Count);
        Assert.True(acc.AddPoc(verdict, Fixed.One, index));

        // n = 2: beaconer 0.5 → the whole beacon part; witnesses 1 and 1 → half the witness part each.
        var rewards = RewardFunction.Compute(acc.ToShares(), 1_000_001);
        Assert.Equal([200_000UL, 0, 0], rewards.BeaconPayouts);
        Assert.Equal([0UL, 400_000, 400_000], rewards.WitnessPayouts);
        Assert.Equal(1UL, rewards.Unallocated);

        var totals = CumulativeRewards.Next([5, 6], rewards);
        Assert.Equal([200_005UL, 400_006, 400_000], totals);
        Assert.Throws<ArgumentException>(() => CumulativeRewards.Next([1, 2, 3, 4], rewards));
        Assert.Throws<OverflowException>(() => CumulativeRewards.Next([ulong.MaxValue], rewards));

        var refused = s.Verify(s.Beacon(r => r with { Data = new byte[32] }), s.Witness("w0"));
        Assert.False(acc.AddPoc(refused, Fixed.One, index));
    }
}
