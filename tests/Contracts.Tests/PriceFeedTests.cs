using System.Numerics;
using Protocol.Contracts.Tests.Proxies;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;

namespace Protocol.Contracts.Tests;

/// <summary>PriceFeed: quorum and median of fresh submissions, the conservative price, every rejection, governance.</summary>
public class PriceFeedTests
{
    private readonly ProtocolChain _chain = Create();

    private PriceFeed Feed => _chain.PriceFeed;

    private BigInteger Now => _chain.Engine.Timestamp;

    private void Submit(UInt160 oracle, BigInteger price, BigInteger conf, BigInteger? timestamp = null) =>
        _chain.As(oracle, () => Feed.SubmitPrice(oracle, price, conf, timestamp ?? Now));

    [Fact]
    public void Deploy_sets_the_oracle_set_and_parameters()
    {
        Assert.Equal(Oracles.Select(o => o.ToString()).Order(), Feed.Oracles!.Select(o => new UInt160((byte[])o!).ToString()).Order());
        Assert.Equal(600_000, Feed.MaxAge);
        Assert.Equal(2000, Feed.MaxDeviation);
        Assert.Equal(Authority, Feed.Authority);
    }

    [Fact]
    public void The_price_is_the_median_of_a_fresh_quorum()
    {
        Submit(Oracles[0], 500_000_000, 1_000_000);
        Submit(Oracles[1], 510_000_000, 3_000_000);
        TestEngine.AssertFault(() => _ = Feed.CurrentPrice, "No fresh price quorum: 2 of 5");
        Submit(Oracles[2], 490_000_000, 2_000_000);
        var current = Feed.CurrentPrice!.Select(v => (BigInteger)v!).ToArray();
        Assert.Equal([500_000_000, 2_000_000, Now, 3], current);
        Submit(Oracles[3], 530_000_000, 9_000_000);
        current = Feed.CurrentPrice!.Select(v => (BigInteger)v!).ToArray();
        // Four values: the lower middle price and the upper middle confidence (the conservative sides).
        Assert.Equal(500_000_000, current[0]);
        Assert.Equal(3_000_000, current[1]);
        Assert.Equal(4, current[3]);
        Assert.Equal(500_000_000 - 2 * 3_000_000, Feed.ConservativePrice);
    }

    [Fact]
    public void Submissions_go_stale_and_the_feed_fails_closed()
    {
        _chain.PostPrice(500_000_000, 0);
        Assert.Equal(500_000_000, Feed.ConservativePrice);
        _chain.Advance(TimeSpan.FromMinutes(10)); // exactly max age: still fresh
        Assert.Equal(500_000_000, Feed.ConservativePrice);
        _chain.Advance(TimeSpan.FromSeconds(1));
        TestEngine.AssertFault(() => _ = Feed.ConservativePrice, "No fresh price quorum: 0 of 5 oracles have a price younger than 600000 ms.");
        _chain.PostPrice(400_000_000, 0, Oracles.Take(3));
        Assert.Equal(400_000_000, Feed.ConservativePrice);
    }

    [Fact]
    public void A_price_not_above_twice_its_confidence_is_refused()
    {
        _chain.PostPrice(500_000_000, 250_000_000);
        TestEngine.AssertFault(() => _ = Feed.ConservativePrice, "The price is not above twice its confidence: price 500000000, confidence 250000000.");
        _chain.Advance(TimeSpan.FromSeconds(1));
        _chain.PostPrice(500_000_000, 249_999_999);
        Assert.Equal(2, Feed.ConservativePrice);
    }

    [Fact]
    public void Every_bad_submission_is_refused_with_its_reason()
    {
        var stranger = Account(0xEE);
        TestEngine.AssertFault(() => _chain.As(stranger, () => Feed.SubmitPrice(stranger, 1, 0, Now)), "The account is not in the oracle set.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => Feed.SubmitPrice(Oracles[0], 1, 0, Now)), "The oracle's witness is missing.");
        TestEngine.AssertFault(() => Submit(Oracles[0], 0, 0), "The price must be positive.");
        TestEngine.AssertFault(() => Submit(Oracles[0], -5, 0), "The price must be positive.");
        TestEngine.AssertFault(() => Submit(Oracles[0], 5, -1), "The confidence must not be negative.");
        TestEngine.AssertFault(() => Submit(Oracles[0], 5, 0, Now + 1), "The submission's timestamp is in the future.");
        TestEngine.AssertFault(() => Submit(Oracles[0], 5, 0, 0), "The timestamp must be positive.");
        TestEngine.AssertFault(() => _chain.As(Oracles[0], () => Feed.SubmitPrice(null, 5, 0, Now)), "The account must be a valid 20-byte hash.");
        Submit(Oracles[0], 5, 0, Now - 10);
        TestEngine.AssertFault(() => Submit(Oracles[0], 6, 0, Now - 10), "The submission is not newer than the oracle's previous one.");
        TestEngine.AssertFault(() => Submit(Oracles[0], 6, 0, Now - 11), "The submission is not newer than the oracle's previous one.");
        Submit(Oracles[0], 6, 0, Now - 9);
    }

    [Fact]
    public void A_large_move_from_the_median_is_recorded_but_flagged()
    {
        _chain.PostPrice(500_000_000, 0, Oracles.Take(3));
        _chain.Advance(TimeSpan.FromSeconds(1));
        Submit(Oracles[3], 600_000_000, 0); // +20%: at the bound, not beyond
        Assert.False(Feed.LastPriceSubmittedEvents.Single().Flagged);
        Submit(Oracles[4], 600_000_001, 0);
        Assert.True(Feed.LastPriceSubmittedEvents.Single().Flagged);
        var stored = Feed.SubmissionOf(Oracles[4]) as IList<object?>;
        Assert.NotNull(stored);
        Assert.Equal([600_000_001, 0, Now], stored.Take(3).Select(v => (BigInteger)v!));
        Assert.True((bool)stored[3]!);
        Assert.Equal(Oracles[4], new UInt160((byte[])stored[4]!));
        // A price is never taken from one oracle: the median is still the quorum's.
        Assert.Equal(500_000_000, Feed.ConservativePrice);
    }

    [Fact]
    public void The_authority_governs_the_oracle_set_and_parameters_with_events()
    {
        var newcomer = Account(0xB6);
        TestEngine.AssertFault(() => _chain.As(Alice, () => Feed.AddOracle(newcomer)), "Only the price feed's authority may do this.");
        _chain.As(Authority, () => Feed.AddOracle(newcomer));
        Assert.Equal(new PriceFeed.OracleChangedEvent(newcomer, true), Feed.LastOracleChangedEvents.Single());
        TestEngine.AssertFault(() => _chain.As(Authority, () => Feed.AddOracle(newcomer)), "The account is already an oracle.");

        // With 6 oracles a quorum needs 4; a removed oracle's submission stops counting.
        _chain.PostPrice(500_000_000, 0, Oracles.Take(3));
        TestEngine.AssertFault(() => _ = Feed.CurrentPrice, "No fresh price quorum: 3 of 6");
        _chain.As(Authority, () => Feed.RemoveOracle(newcomer));
        Assert.Equal(3, (BigInteger)Feed.CurrentPrice![3]!);
        _chain.As(Authority, () => Feed.RemoveOracle(Oracles[4]));
        _chain.As(Authority, () => Feed.RemoveOracle(Oracles[0]));
        Assert.Equal(2, (BigInteger)Feed.CurrentPrice![3]!); // 2 of 3 is still more than half
        Assert.Null(Feed.SubmissionOf(Oracles[0]));

        _chain.As(Authority, () => Feed.SetMaxAge(60_000));
        Assert.Equal(new PriceFeed.ParameterChangedEvent("maxAgeMs", 600_000, 60_000), Feed.LastParameterChangedEvents.Single());
        TestEngine.AssertFault(() => _chain.As(Authority, () => Feed.SetMaxAge(999)), "The maximum age must be between 1 second and 1 day.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => Feed.SetMaxDeviation(0)), "The deviation bound must be between 1 and 10000 basis points.");
        _chain.As(Authority, () => Feed.SetMaxDeviation(500));
        Assert.Equal(500, Feed.MaxDeviation);
    }

    [Fact]
    public void The_authority_rotates_and_alone_updates_or_destroys()
    {
        TestEngine.AssertFault(() => _chain.As(Alice, () => Feed.SetAuthority(Alice)), "Only the price feed's authority may do this.");
        _chain.As(Authority, () => Feed.SetAuthority(Bob));
        Assert.Equal(new PriceFeed.AuthorityChangedEvent(Authority, Bob), Feed.LastAuthorityChangedEvents.Single());
        TestEngine.AssertFault(() => _chain.As(Authority, () => Feed.SetMaxAge(60_000)), "Only the price feed's authority may do this.");
        TestEngine.AssertFault(() => _chain.As(Authority, () => Feed.Destroy()), "Only the price feed's authority may do this.");
        _chain.As(Bob, () => Feed.Destroy());
        Assert.Null(Toolchain.Runtime.Native.ContractManagement.GetContract(_chain.Engine.State, Feed.Hash));
    }
}
