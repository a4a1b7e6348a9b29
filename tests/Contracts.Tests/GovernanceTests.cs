using System.Numerics;
using Protocol.Toolchain.Runtime.Models;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;
using static Protocol.Contracts.Tests.GovernanceChain;

namespace Protocol.Contracts.Tests;

/// <summary>Governance on the bootstrapped protocol: a parameter change from proposal to execution, and every refusal.</summary>
public class GovernanceTests
{
    private readonly GovernanceChain _chain = GovernanceChain.Create();

    private static readonly object[] NewIotFees = [new object[] { "full", 5_000_000, 500_000 }, new object[] { "dataOnly", 1_000_000, 500_000 }];

    private object[] RaiseFeesAndTightenFeed() => ForAgainst(
        Call(_chain.Protocol.Dao.Hash, "setOnboardingFees", Iot, NewIotFees),
        Call(_chain.Protocol.PriceFeed.Hash, "setMaxAge", 300_000));

    /// <summary>Proposes the scenario's change and lets Alice (for) and Bob (against) vote: 84% for, ≈ 104.9M veHNT.</summary>
    private byte[] PassingProposal()
    {
        var id = _chain.Propose(RaiseFeesAndTightenFeed());
        _chain.Vote(Alice, _chain.AlicePosition, id, For);
        _chain.Vote(Bob, _chain.BobPosition, id, Against);
        return id;
    }

    [Fact]
    public void A_governor_raises_an_onboarding_fee_and_tightens_the_price_feed_through_a_vote()
    {
        var dao = _chain.Protocol.Dao;
        var feed = _chain.Protocol.PriceFeed;
        Assert.Equal(_chain.Governance.Hash, dao.Authority);
        Assert.Equal([4_000_000, 500_000], dao.OnboardingFee(Iot, "full")!.Select(v => (long)(BigInteger)v!));
        Assert.Equal(600_000, feed.MaxAge);

        var id = _chain.Propose(RaiseFeesAndTightenFeed());
        var created = _chain.Governance.LastProposalCreatedEvents.Single();
        Assert.Equal((Dao, Governor, 2), ((int)created.Organisation, created.Proposer, (int)created.ChoiceCount));
        Assert.Equal(created.VotingStartMs + 7 * DayMs, created.VotingEndMs);
        Assert.Equal(Voting, _chain.State(id));

        _chain.Vote(Alice, _chain.AlicePosition, id, For);
        var cast = _chain.Governance.LastVoteCastEvents.Single();
        BigInteger aliceVp = _chain.Ve.VotingPower(_chain.AlicePosition, _chain.Now);
        Assert.Equal((Alice, For, aliceVp, aliceVp), (cast.Owner, (int)cast.Choice, cast.Weight, cast.Tally));
        Assert.True(aliceVp >= BigInteger.Pow(10, 16), "Alice alone holds over 100,000,000 veHNT");
        _chain.Vote(Bob, _chain.BobPosition, id, Against);
        Assert.Equal(aliceVp, _chain.Governance.Tally(id, For));
        Assert.Equal(_chain.Ve.VotingPower(_chain.BobPosition, _chain.Now), _chain.Governance.Tally(id, Against));

        // Voting closes after 7 days; the 2-day timelock runs; then anyone executes.
        _chain.Advance(7 * DayMs);
        Assert.Equal(Queued, _chain.State(id));
        Assert.Equal(For, (int)(BigInteger)_chain.Proposal(id)[17]!);
        TestEngine.AssertFault(() => _chain.Governance.Execute(id), "The timelock has not passed");
        _chain.Advance(2 * DayMs);
        _chain.As(Carol, () => _chain.Governance.Execute(id));

        var fees = dao.LastOnboardingFeesChangedEvents.Single();
        var maxAge = feed.LastParameterChangedEvents.Single();
        Assert.Equal(["setOnboardingFees", "setMaxAge"], _chain.Governance.LastPayloadCallEvents.Select(e => e.Method));
        Assert.Equal(For, (int)_chain.Governance.LastProposalExecutedEvents.Single().Choice);
        Assert.Equal(Iot, (int)fees.SubDaoId);
        Assert.Equal(4_000_000, (BigInteger)((IList<object?>)fees.OldFees![0]!)[1]!);
        Assert.Equal(5_000_000, (BigInteger)((IList<object?>)fees.NewFees![0]!)[1]!);
        Assert.Equal(("maxAgeMs", 600_000, 300_000), (maxAge.Name, (long)maxAge.OldValue, (long)maxAge.NewValue));
        Assert.Equal([5_000_000, 500_000], dao.OnboardingFee(Iot, "full")!.Select(v => (long)(BigInteger)v!));
        Assert.Equal(300_000, feed.MaxAge);
        Assert.Equal(Executed, _chain.State(id));

        // Re-execution is refused; the voters relinquish (anyone may, now) and the positions are theirs again.
        TestEngine.AssertFault(() => _chain.Governance.Execute(id), "The proposal is not queued for execution: Executed.");
        Assert.Equal(_chain.Ve.Hash, _chain.Ve.OwnerOf(_chain.AlicePosition));
        _chain.Governance.Relinquish(_chain.AlicePosition, id);
        _chain.Governance.Relinquish(_chain.BobPosition, id);
        Assert.Equal(Alice, _chain.Ve.OwnerOf(_chain.AlicePosition));
        Assert.Equal(aliceVp, _chain.Governance.Tally(id, For)); // markers stay as the record after voting
        Assert.Equal(true, _chain.Governance.VoteMarker(id, _chain.AlicePosition)![2]);
    }
}
