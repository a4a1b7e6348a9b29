using System.Numerics;
using Protocol.Toolchain.Testing;
using static Protocol.Contracts.Tests.ProtocolChain;
using static Protocol.Contracts.Tests.GovernanceChain;

namespace Protocol.Contracts.Tests;

/// <summary>Every refusal of Governance (and of VoteEscrow while a position votes), each with its catalogued message.</summary>
public class GovernanceRefusalTests
{
    private readonly GovernanceChain _chain = GovernanceChain.Create();

    private object[] SetMaxAge(long ms) => ForAgainst(Call(_chain.Protocol.PriceFeed.Hash, "setMaxAge", ms));

    private byte[] Passed()
    {
        var id = _chain.Propose(SetMaxAge(300_000));
        _chain.Vote(Alice, _chain.AlicePosition, id, For);
        return id;
    }

    [Fact]
    public void Proposing_needs_a_governor_its_witness_its_own_positions_and_the_threshold()
    {
        var g = _chain.Governance;
        TestEngine.AssertFault(() => _chain.As(SmallGovernor, () => g.Propose(Dao, SmallGovernor, "t", "u", SetMaxAge(300_000), new object[] { _chain.SmallPosition })),
            "The proposer's voting power is below the organisation's proposal threshold: 4999969728000 < 10000000000000." /* 50,000 veHNT less the slope's floor */);
        TestEngine.AssertFault(() => _chain.As(Alice, () => g.Propose(Dao, Alice, "t", "u", SetMaxAge(300_000), new object[] { _chain.AlicePosition })),
            "Only a governor of the organisation may propose, with its witness.");
        TestEngine.AssertFault(() => _chain.As(Alice, () => g.Propose(Dao, Governor, "t", "u", SetMaxAge(300_000), new object[] { _chain.GovernorPosition })),
            "Only a governor of the organisation may propose, with its witness.");
        TestEngine.AssertFault(() => _chain.As(Governor, () => g.Propose(Dao, Governor, "t", "u", SetMaxAge(300_000), new object[] { _chain.AlicePosition })),
            "The proposer does not own every position it lists.");
        TestEngine.AssertFault(() => _chain.As(Governor, () => g.Propose(Dao, Governor, "t", "u", SetMaxAge(300_000), new object[] { _chain.GovernorPosition, _chain.GovernorPosition })),
            "Positions must be 0 to 16 distinct position ids.");
        TestEngine.AssertFault(() => _chain.As(Governor, () => g.Propose(7, Governor, "t", "u", SetMaxAge(300_000), new object[] { _chain.GovernorPosition })),
            "The organisation does not exist.");
        TestEngine.AssertFault(() => _chain.As(Governor, () => g.Propose(Dao, Governor, "t", "u", new object[] { new object[] { "Only", Array.Empty<object>() } }, new object[] { _chain.GovernorPosition })),
            "Choices must be 2 to 8 entries");
    }

    [Fact]
    public void A_payload_may_call_only_the_methods_governance_is_permitted_on_their_own_contracts()
    {
        var p = _chain.Protocol;
        void Refused(object[] call, string reason) => TestEngine.AssertFault(() => _chain.Propose(ForAgainst(call)), reason);
        Refused(Call(p.Hnt.Hash, "mint", Alice, 1), "Governance is not permitted to call mint on Hnt.");
        Refused(Call(p.Dao.Hash, "setMaxAge", 300_000), "Governance is not permitted to call setMaxAge on Dao.");   // permitted on PriceFeed only
        Refused(Call(p.Dao.Hash, "destroy"), "Governance is not permitted to call destroy on Dao.");
        Refused(Call(p.VoteEscrow.Hash, "addVote", _chain.AlicePosition), "A payload may not call the vote escrow methods governance uses itself");
        Refused(Call(Alice, "setMaxAge", 1), "A payload call must target a deployed, non-native contract.");
        Refused(Call(p.Dao.Hash, "_deploy", null, false), "A payload call must be [target (Hash160), method");
    }

    [Fact]
    public void Votes_only_during_voting_once_per_position_and_only_by_the_positions_owner()
    {
        var id = _chain.Propose(SetMaxAge(300_000));
        TestEngine.AssertFault(() => _chain.Vote(Bob, _chain.AlicePosition, id, For), "Only the position's owner may vote with it");
        TestEngine.AssertFault(() => _chain.Vote(Alice, _chain.AlicePosition, id, 2), "The proposal has no such choice.");
        _chain.Vote(Alice, _chain.AlicePosition, id, Against);
        TestEngine.AssertFault(() => _chain.Vote(Alice, _chain.AlicePosition, id, For), "The position already votes on this proposal; relinquish first to change the vote.");
        TestEngine.AssertFault(() => _chain.As(Bob, () => _chain.Governance.Relinquish(_chain.AlicePosition, id)), "Only the position's owner may vote with it or relinquish");

        // Relinquishing during voting takes the weight out of the tally; the owner votes again.
        BigInteger weight = _chain.Governance.Tally(id, Against);
        _chain.As(Alice, () => _chain.Governance.Relinquish(_chain.AlicePosition, id));
        Assert.Equal(0, _chain.Governance.Tally(id, Against));
        Assert.Null(_chain.Governance.VoteMarker(id, _chain.AlicePosition));
        Assert.Equal(Alice, _chain.Ve.OwnerOf(_chain.AlicePosition));
        _chain.Vote(Alice, _chain.AlicePosition, id, For);
        Assert.Equal(weight, _chain.Governance.Tally(id, For));

        _chain.Advance(7 * DayMs);
        TestEngine.AssertFault(() => _chain.Vote(Bob, _chain.BobPosition, id, For), "The proposal is not open for voting: Queued.");
        TestEngine.AssertFault(() => _chain.As(Bob, () => _chain.Governance.Relinquish(_chain.BobPosition, id)), "The position holds no active vote on this proposal.");
    }

    [Fact]
    public void A_position_with_active_votes_cannot_withdraw_or_be_transferred_and_only_governance_counts_votes()
    {
        _chain.Advance(DayMs); // out of the set-up mints' breaker window
        _chain.Protocol.Fund(Carol, 10 * OneHnt);
        Assert.True(_chain.As(Carol, () => _chain.Protocol.Hnt.Transfer(Carol, _chain.Ve.Hash, 10 * OneHnt, new object[] { 0, 1 })));
        var carol = _chain.Ve.LastPositionCreatedEvents.Single().PositionId!;
        var id = _chain.Propose(SetMaxAge(300_000));
        _chain.Vote(Carol, carol, id, For);
        Assert.Equal([new VoteEscrowActiveVotes(0, 1)], _chain.Ve.LastActiveVotesChangedEvents.Select(e => new VoteEscrowActiveVotes(e.OldCount, e.NewCount)));
        Assert.Equal(_chain.Ve.Hash, _chain.Ve.OwnerOf(carol));
        Assert.False(_chain.As(Carol, () => _chain.Ve.Transfer(Bob, carol)));
        _chain.Advance(2 * DayMs); // the one-day cliff has ended; the proposal is still voting
        TestEngine.AssertFault(() => _chain.As(Carol, () => _chain.Ve.Withdraw(carol)), "The position has active votes; relinquish them first.");
        TestEngine.AssertFault(() => _chain.As(Carol, () => _chain.Ve.AddVote(carol)), "Only the governance contract may count votes.");
        TestEngine.AssertFault(() => _chain.As(Carol, () => _chain.Ve.RemoveVote(carol)), "Only the governance contract may count votes.");
        _chain.As(Carol, () => _chain.Governance.Relinquish(carol, id));
        _chain.As(Carol, () => _chain.Ve.Withdraw(carol));
        Assert.Equal(10 * OneHnt, _chain.Protocol.Hnt.BalanceOf(Carol));
    }

    [Fact]
    public void A_delegated_position_votes_and_stays_in_custody_until_both_end()
    {
        _chain.As(Bob, () => _chain.Ve.Delegate(_chain.BobPosition, Iot));
        var id = _chain.Propose(SetMaxAge(300_000));
        _chain.Vote(Bob, _chain.BobPosition, id, For);
        _chain.As(Bob, () => _chain.Ve.Undelegate(_chain.BobPosition));
        Assert.Equal(_chain.Ve.Hash, _chain.Ve.OwnerOf(_chain.BobPosition));
        Assert.Equal(Bob, new Protocol.Toolchain.Runtime.Models.UInt160((byte[])_chain.Ve.GetPosition(_chain.BobPosition)![0]!));
        _chain.As(Bob, () => _chain.Governance.Relinquish(_chain.BobPosition, id));
        Assert.Equal(Bob, _chain.Ve.OwnerOf(_chain.BobPosition));
    }

    [Fact]
    public void Execution_waits_for_the_timelock_and_refuses_defeated_expired_and_executed_proposals()
    {
        var passed = Passed();
        var defeated = _chain.Propose(SetMaxAge(120_000), title: "Not enough weight");
        _chain.Vote(Bob, _chain.BobPosition, defeated, For); // 20M veHNT: below the 100M the winner needs
        var rejected = _chain.Propose(SetMaxAge(60_000), title: "Voted down");
        _chain.Vote(Alice, _chain.AlicePosition, rejected, Against);
        TestEngine.AssertFault(() => _chain.Governance.Execute(passed), "The proposal is not queued for execution: Voting.");
        _chain.Advance(7 * DayMs);
        Assert.Equal((Queued, Defeated, Succeeded), (_chain.State(passed), _chain.State(defeated), _chain.State(rejected))); // "Against" won: nothing to run
        TestEngine.AssertFault(() => _chain.Governance.Execute(passed), "The timelock has not passed: executable at");
        TestEngine.AssertFault(() => _chain.Governance.Execute(defeated), "The proposal is not queued for execution: Defeated.");
        TestEngine.AssertFault(() => _chain.Governance.Execute(rejected), "The proposal is not queued for execution: Succeeded (nothing to execute).");
        _chain.Advance(2 * DayMs + 14 * DayMs);
        Assert.Equal(Expired, _chain.State(passed));
        TestEngine.AssertFault(() => _chain.Governance.Execute(passed), "The proposal is not queued for execution: Expired.");
        Assert.Equal(600_000, _chain.Protocol.PriceFeed.MaxAge);
    }

    [Fact]
    public void The_guardian_pauses_a_queued_proposal_once_and_the_pause_expires_by_itself()
    {
        var id = Passed();
        TestEngine.AssertFault(() => _chain.As(Guardian, () => _chain.Governance.Pause(id)), "The proposal is not queued for execution: Voting.");
        _chain.Advance(7 * DayMs + DayMs);
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.Governance.Pause(id)), "Only the organisation's guardian may pause a proposal.");
        _chain.As(Guardian, () => _chain.Governance.Pause(id));
        var paused = _chain.Governance.LastProposalPausedEvents.Single();
        Assert.Equal(paused.OldExecutableAtMs + 2 * DayMs, paused.PausedUntilMs); // paused 3 days, one day into the 2-day timelock
        TestEngine.AssertFault(() => _chain.As(Guardian, () => _chain.Governance.Pause(id)), "A guardian may pause a proposal only once.");
        _chain.Advance(2 * DayMs);
        TestEngine.AssertFault(() => _chain.Governance.Execute(id), "The guardian paused the proposal until");
        _chain.Advance(DayMs);
        _chain.Governance.Execute(id);
        Assert.Equal(300_000, _chain.Protocol.PriceFeed.MaxAge);
    }

    [Fact]
    public void The_proposer_cancels_before_the_end_of_voting_and_voters_get_their_positions_back()
    {
        var id = Passed();
        TestEngine.AssertFault(() => _chain.As(Alice, () => _chain.Governance.Cancel(id)), "Only the proposer may cancel the proposal.");
        _chain.As(Governor, () => _chain.Governance.Cancel(id));
        Assert.Equal(Cancelled, _chain.State(id));
        TestEngine.AssertFault(() => _chain.Vote(Bob, _chain.BobPosition, id, For), "The proposal is not open for voting: Cancelled.");
        TestEngine.AssertFault(() => _chain.As(Governor, () => _chain.Governance.Cancel(id)), "Only a draft or voting proposal can be cancelled: Cancelled.");
        _chain.Governance.Relinquish(_chain.AlicePosition, id); // anyone, once the proposal no longer votes
        Assert.Equal(Alice, _chain.Ve.OwnerOf(_chain.AlicePosition));
    }

    [Fact]
    public void Governance_changes_its_own_rules_by_proposal_and_later_proposals_start_as_drafts()
    {
        var g = _chain.Governance;
        TestEngine.AssertFault(() => _chain.As(Authority, () => g.SetGovernor(Dao, Alice, true)), "Only the governance contract's authority may do this.");
        var settings = g.DefaultSettings!.ToArray();
        settings[1] = (BigInteger)DayMs; // a one-day draft before voting
        var id = _chain.Propose(ForAgainst(Call(g.Hash, "setOrganisationSettings", Iot, settings), Call(g.Hash, "setGovernor", Iot, Alice, true)));
        _chain.Vote(Alice, _chain.AlicePosition, id, For);
        _chain.Advance(9 * DayMs);
        g.Execute(id);
        Assert.True(g.IsGovernor(Iot, Alice));
        Assert.Equal((BigInteger)DayMs, (BigInteger)((IList<object?>)g.GetOrganisation(Iot)![2]!)[1]!);

        var draft = _chain.Propose(SetMaxAge(300_000), org: Iot);
        Assert.Equal(Draft, _chain.State(draft));
        TestEngine.AssertFault(() => _chain.Vote(Alice, _chain.AlicePosition, draft, For), "The proposal is not open for voting: Draft.");
        _chain.Advance(DayMs);
        _chain.Vote(Alice, _chain.AlicePosition, draft, For);
        Assert.Equal(Voting, _chain.State(draft));
    }

    [Fact]
    public void Proposal_ids_never_repeat_for_the_same_content()
    {
        var first = _chain.Propose(SetMaxAge(300_000));
        var second = _chain.Propose(SetMaxAge(300_000));
        Assert.NotEqual(first, second);
        Assert.Equal(32, first.Length);
    }

    private sealed record VoteEscrowActiveVotes(BigInteger Old, BigInteger New);
}
