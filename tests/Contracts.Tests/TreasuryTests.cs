using System.Numerics;
using Protocol.Contracts.Tests.Proxies;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;
using static Protocol.Contracts.Tests.DaoChain;

namespace Protocol.Contracts.Tests;

/// <summary>A subDAO treasury: redeem along the curve (k = 0 and k &gt; 0), slippage, the 20%-a-day breaker, the freeze, self-cranking.</summary>
public class TreasuryTests
{
    private static readonly BigInteger E18 = BigInteger.Pow(10, 18);
    private readonly ProtocolChain _chain = DaoChain.Create();
    private readonly BigInteger _genesis;

    public TreasuryTests()
    {
        _genesis = _chain.Dao.FirstEpoch;
        _chain.AdvanceToEpoch(_genesis + 1);
        _chain.Dao.CloseEpoch(_genesis); // the IOT treasury holds half the epoch's HNT; the authority (rewards escrow) all the IOT
    }

    private Treasury Iot => _chain.Treasury("IOT");

    private BigInteger Reserve => _chain.Hnt.BalanceOf(Iot.Hash);

    private BigInteger Supply => _chain.Token("IOT").TotalSupply;

    private BigInteger Redeem(BigInteger dnt, BigInteger min) => _chain.As(Authority, () => Iot.Redeem(Authority, dnt, min));

    private static BigInteger CeilDiv(BigInteger a, BigInteger b) => (a + b - 1) / b;

    /// <summary>dR = R − R·q^(1+k), q = (S − dS)/S in 18-decimal fixed point, every step rounded towards the reserve.</summary>
    private static BigInteger Expected(BigInteger r, BigInteger s, BigInteger ds, int k)
    {
        if (k == 0) return r * ds / s;
        var q = CeilDiv((s - ds) * E18, s);
        var power = q;
        for (int i = 0; i < k; i++) power = CeilDiv(power * q, E18);
        return r - CeilDiv(r * power, E18);
    }

    [Fact]
    public void At_k_zero_a_redemption_is_pro_rata_and_burns_the_tokens()
    {
        BigInteger r = Reserve, s = Supply, ds = s / 100 + 7;
        Assert.Equal(r * ds / s, Iot.QuoteRedeem(ds));
        var paid = Redeem(ds, r * ds / s);
        Assert.Equal(r * ds / s, paid);
        Assert.Equal(paid, _chain.Hnt.BalanceOf(Authority));
        Assert.Equal(r - paid, Reserve);
        Assert.Equal(s - ds, Supply);
    }

    [Fact]
    public void At_k_above_zero_the_curve_rounds_every_step_in_the_reserves_favour()
    {
        _chain.As(Authority, () => Iot.SetCurve(2));
        BigInteger r = Reserve, s = Supply;
        foreach (var ds in new[] { s / 1000, s / 300 + 1, s / 77 })
        {
            r = Reserve; s = Supply;
            var expected = Expected(r, s, ds, 2);
            Assert.Equal(expected, Iot.QuoteRedeem(ds));
            Assert.Equal(expected, Redeem(ds, expected));
            Assert.True(expected * s <= r * ds * 3, "never more than the exact curve's value (≤ 3·R·dS/S for k = 2)");
        }
    }

    [Fact]
    public void Slippage_the_breaker_and_the_freeze_refuse_with_their_reasons()
    {
        BigInteger s = Supply, quote = Iot.QuoteRedeem(s / 10);
        TestEngine.AssertFault(() => Redeem(s / 10, quote + 1), $"The redemption pays less than the minimum HNT out: {quote} < {quote + 1}.");

        // At most 20% of the reserve per rolling day: 15% passes, another 10% trips, a day later it passes.
        Redeem(s * 15 / 100, 0);
        TestEngine.AssertFault(() => Redeem(s / 10, 0), "Circuit breaker tripped");
        _chain.Advance(TimeSpan.FromHours(24));
        Redeem(s / 10, 0);

        var now = (BigInteger)_chain.Engine.Timestamp;
        _chain.As(Authority, () => Iot.SetFreezeTime(now));
        TestEngine.AssertFault(() => Redeem(1_000_000, 0), $"Redemptions are frozen since {now} ms.");
        _chain.As(Authority, () => Iot.SetFreezeTime(0));
        Redeem(1_000_000, 0);
    }

    [Fact]
    public void Bad_redemptions_and_foreign_governance_are_refused()
    {
        TestEngine.AssertFault(() => _chain.As(Alice, () => Iot.Redeem(Authority, 1, 0)), "The owner's witness is missing.");
        TestEngine.AssertFault(() => Redeem(0, 0), "The amount must be positive.");
        TestEngine.AssertFault(() => Redeem(1, -1), "The minimum HNT out must not be negative.");
        TestEngine.AssertFault(() => Redeem(Supply + 1, 0), $"The amount exceeds the subDAO token supply: {Supply + 1} > {Supply}.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Iot.SetCurve(1)), "Only the treasury's authority may do this.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => Iot.SetCurve(11)), "The curve exponent k must be between 0 and 10.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => Iot.SetBreaker(0, 1000)), "The breaker must allow 1 to 10000 basis points");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Iot.SetFreezeTime(1)), "Only the treasury's authority may do this.");
    }

    [Fact]
    public void A_redemption_first_closes_the_previous_epoch_so_its_hnt_joins_the_reserve()
    {
        _chain.AdvanceToEpoch(_genesis + 2);
        Assert.False(_chain.Dao.IsEpochClosed(_genesis + 1));
        BigInteger before = Reserve, ds = Supply / 50;
        var paid = Redeem(ds, 0);
        Assert.True(_chain.Dao.IsEpochClosed(_genesis + 1));
        BigInteger reserve = before + _chain.Result(1, _genesis + 1)[1];
        Assert.Equal(reserve - paid, Reserve);
    }
}
