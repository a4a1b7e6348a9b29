using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Protocol.Services.Coverage.Rewards;

namespace Protocol.Services.Coverage.Tests.Rewards;

public class RewardFunctionTests
{
    private static readonly EpochWindow Day = EpochWindow.Of(19_675, 86_400_000);

    private static EpochShares Shares(long[] beacon, long[] witness) =>
        new(Day, beacon, witness, Sum(beacon), Sum(witness), 0);

    private static UInt128 Sum(long[] values)
    {
        UInt128 s = 0;
        foreach (var v in values) s += (ulong)v;
        return s;
    }

    [Fact]
    public void Golden_vector_small_pool()
    {
        // Pool 1000: beacons ⌊1000·6/30⌋ = 200, witnesses 800.
        // Beacon shares 1:1:1 → ⌊200/3⌋ = 66 each (198). Witness shares 0:1:2 → ⌊800/3⌋ = 266 and ⌊1600/3⌋ = 533 (799).
        // Unallocated 1000 − 198 − 799 = 3.
        var rewards = RewardFunction.Compute(Shares([Fixed.One, Fixed.One, Fixed.One], [0, Fixed.One, 2 * Fixed.One]), 1000);
        Assert.Equal(1, rewards.Version);
        Assert.Equal((200UL, 800UL), (rewards.BeaconPool, rewards.WitnessPool));
        Assert.Equal([66UL, 66, 66], rewards.BeaconPayouts);
        Assert.Equal([0UL, 266, 533], rewards.WitnessPayouts);
        Assert.Equal(3UL, rewards.Unallocated);
        Assert.Equal([66UL, 332, 599], Enumerable.Range(0, 3).Select(rewards.PayoutOf));
    }

    [Fact]
    public void A_part_nobody_earned_is_unallocated()
    {
        var rewards = RewardFunction.Compute(Shares([5, 0], [0, 0]), 1_000_000);
        Assert.Equal([200_000UL, 0], rewards.BeaconPayouts);
        Assert.Equal(800_000UL, rewards.Unallocated);

        var empty = RewardFunction.Compute(Shares([], []), 123);
        Assert.Equal(123UL, empty.Unallocated);
    }

    [Fact]
    public void The_largest_pool_and_shares_do_not_overflow()
    {
        var rewards = RewardFunction.Compute(Shares([long.MaxValue, long.MaxValue, 1], [long.MaxValue, 3, 0]), ulong.MaxValue);
        var paid = Enumerable.Range(0, 3).Aggregate(BigInteger.Zero, (s, i) => s + rewards.BeaconPayouts[i] + rewards.WitnessPayouts[i]);
        Assert.Equal((BigInteger)ulong.MaxValue, paid + rewards.Unallocated);
        Assert.Equal(rewards.BeaconPayouts[0], rewards.BeaconPayouts[1]);
    }

    [Fact]
    public void Shares_that_do_not_add_up_are_refused()
    {
        var bad = new EpochShares(Day, [1, 2], [0, 0], 4, 0, 0);
        Assert.Throws<ArgumentException>(() => RewardFunction.Compute(bad, 10));
    }

    [Fact]
    public void Payouts_sum_with_unallocated_to_the_pool_and_never_exceed_exact_shares()
    {
        var shareGen = Gen.Frequency(
            (1, Gen.Constant(0L)),
            (3, Gen.Choose(1, int.MaxValue).Select(v => (long)v)),
            (1, Gen.Choose(1, int.MaxValue).Select(v => (long)v * 1_000_003)));
        var poolGen = Gen.Frequency(
            (2, Gen.Choose(0, int.MaxValue).Select(v => (ulong)v)),
            (1, Gen.Choose(0, int.MaxValue).Select(v => (ulong)v * 8_589_934_583UL)));
        var cases = Gen.Choose(0, 40).SelectMany(n =>
            Gen.ArrayOf(shareGen, n).SelectMany(b =>
                Gen.ArrayOf(shareGen, n).SelectMany(w =>
                    poolGen.Select(p => (b, w, p)))));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Arb.From(cases), c => Holds(c.b, c.w, c.p)));
    }

    private static bool Holds(long[] beacon, long[] witness, ulong pool)
    {
        var rewards = RewardFunction.Compute(Shares(beacon, witness), pool);
        BigInteger paid = 0;
        for (int i = 0; i < beacon.Length; i++)
        {
            paid += rewards.BeaconPayouts[i] + (BigInteger)rewards.WitnessPayouts[i];
            Within(rewards.BeaconPayouts[i], rewards.BeaconPool, beacon[i], Sum(beacon));
            Within(rewards.WitnessPayouts[i], rewards.WitnessPool, witness[i], Sum(witness));
        }
        Assert.Equal((BigInteger)pool, paid + rewards.Unallocated);
        Assert.Equal(pool, rewards.BeaconPool + rewards.WitnessPool);
        return true;
    }

    /// <summary>payout ≤ part·s/S (exact) and above it by less than 1: payout = ⌊part·s/S⌋.</summary>
    private static void Within(ulong payout, ulong part, long share, UInt128 total)
    {
        if (total == 0)
        {
            Assert.Equal(0UL, payout);
            return;
        }
        var exactTimesTotal = (BigInteger)part * share;
        var t = (BigInteger)total;
        Assert.True(payout * t <= exactTimesTotal, "a payout exceeds its exact share");
        Assert.True(exactTimesTotal - payout * t < t, "a payout is more than 1 below its exact share");
    }
}
