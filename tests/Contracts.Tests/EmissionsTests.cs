using System.Numerics;
using static Protocol.Contracts.Tests.ProtocolChain;
using static Protocol.Contracts.Tests.DaoChain;

namespace Protocol.Contracts.Tests;

/// <summary>HNT emissions: schedule boundaries and halvings, smoothed net emissions with the cap, and the max-supply clamp.</summary>
public class EmissionsTests
{
    private const long TwoYearsMs = 2 * 365L * 86_400_000;

    [Fact]
    public void The_rate_halves_at_each_boundary_of_the_schedule()
    {
        var chain = DaoChain.Create();
        var schedule = chain.Dao.Schedule!.Select(e => (IList<object?>)e!).Select(e => ((BigInteger)e[0]!, (BigInteger)e[1]!)).ToList();
        Assert.Equal(16, schedule.Count);
        var start = schedule[0].Item1;
        Assert.Equal((BigInteger)chain.Engine.Timestamp, start);
        for (int k = 0; k < schedule.Count; k++)
            Assert.Equal((start + k * TwoYearsMs, HntPerEpoch >> k), schedule[k]);

        // The entry with the greatest start ≤ the epoch's end applies: the first epoch ending at or after start + 2 years halves.
        BigInteger firstHalved = (start + TwoYearsMs + EpochMs - 1) / EpochMs - 1;
        Assert.Equal(HntPerEpoch, chain.Dao.ScheduledHnt(firstHalved - 1));
        Assert.Equal(HntPerEpoch / 2, chain.Dao.ScheduledHnt(firstHalved));
        Assert.Equal(HntPerEpoch >> 15, chain.Dao.ScheduledHnt(firstHalved + 100 * TwoYearsMs / EpochMs)); // the last rate holds
        Assert.Equal(0, chain.Dao.ScheduledHnt(chain.Dao.FirstEpoch - 1));                                  // ends before the start

        chain.AdvanceToEpoch(firstHalved + 1);
        chain.Dao.CloseEpoch(firstHalved);
        Assert.Equal(HntPerEpoch / 2, chain.Summary(firstHalved).Scheduled);
    }

    [Fact]
    public void Burned_hnt_is_re_emitted_smoothed_and_capped()
    {
        var chain = DaoChain.Create();
        var genesis = chain.Dao.FirstEpoch;
        chain.PostPrice(500_000_000, 0);
        chain.AdvanceToEpoch(genesis + 1);
        chain.Dao.CloseEpoch(genesis);
        chain.Fund(Alice, 1_000 * 100_000_000L);
        chain.PostPrice(500_000_000, 0);
        Assert.True(chain.BuyDc(Alice, 700 * 100_000_000L)); // burns 700 HNT

        chain.AdvanceToEpoch(genesis + 2);
        chain.Dao.CloseEpoch(genesis + 1);
        // The 700 HNT burned by the purchase are re-emitted smoothed: s = (6·0 + 700)/7 = 100 HNT.
        BigInteger s1 = 700 * 100_000_000L / 7;
        Assert.Equal(s1, chain.Summary(genesis + 1).ReEmission);

        chain.As(Authority, () => chain.Dao.SetNetEmissionsCap(50 * 100_000_000L));
        chain.AdvanceToEpoch(genesis + 3);
        chain.Dao.CloseEpoch(genesis + 2);
        BigInteger s2 = 6 * s1 / 7; // no burn: s decays; 85.7 HNT, above the 50 HNT cap
        Assert.Equal(50 * 100_000_000L, chain.Summary(genesis + 2).ReEmission);
        Assert.Equal(s2, (BigInteger)((IList<object?>)chain.Dao.Emissions!)[0]!);
        var summary = chain.Summary(genesis + 2);
        Assert.Equal(summary.Scheduled + summary.ReEmission + summary.CarriedIn, summary.Issued + summary.CarriedOut);
    }

    [Fact]
    public void Issuance_is_clamped_exactly_at_the_maximum_supply_and_then_ends_for_good()
    {
        var max = HntPerEpoch + HntPerEpoch / 3;
        var chain = DaoChain.Create(DaoChain.Config with { HntMaxSupply = max });
        var genesis = chain.Dao.FirstEpoch;
        chain.AdvanceToEpoch(genesis + 1);
        chain.Dao.CloseEpoch(genesis);
        Assert.False(chain.Summary(genesis).Clamped);
        chain.AdvanceToEpoch(genesis + 2);
        chain.Dao.CloseEpoch(genesis + 1);
        Assert.True(chain.Summary(genesis + 1).Clamped);
        Assert.Equal(max, chain.Hnt.TotalSupply);
        Assert.Equal(max - chain.Summary(genesis).Issued, chain.Summary(genesis + 1).Issued);

        // Burn some HNT (redeem IOT for HNT, buy DC with it): supply drops below the cap, yet nothing more is ever issued.
        chain.PostPrice(500_000_000, 0);
        var iot = chain.Token("IOT");
        chain.As(Authority, () => chain.Treasury("IOT").Redeem(Authority, iot.BalanceOf(Authority) / 10, 0));
        var hnt = chain.Hnt.BalanceOf(Authority);
        Assert.True(chain.BuyDc(Authority, hnt));
        Assert.Equal(max - hnt, chain.Hnt.TotalSupply);
        for (int e = 2; e < 5; e++)
        {
            chain.AdvanceToEpoch(genesis + e + 1);
            chain.Dao.CloseEpoch(genesis + e);
            Assert.Equal(0, chain.Summary(genesis + e).Issued);
        }
        Assert.True((bool)((IList<object?>)chain.Dao.Emissions!)[3]!);
        Assert.Equal(max - hnt, chain.Hnt.TotalSupply);
    }
}
